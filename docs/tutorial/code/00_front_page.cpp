// The example on the front page (docs/index.md) and in README.md, built and run like the chapters.
// docs:begin example
#include <ctql/sqlite.hpp>
#include <iostream>

struct users_t : ctql::table<users_t, "users"> {
  column<"id",    std::int64_t, ctql::primary_key>          id;     // assigned by the database
  column<"name",  std::string,  ctql::max_length<50>>       name;   // NOT NULL
  column<"age",   int,          ctql::default_value<0>>     age;
  column<"email", std::optional<std::string>, ctql::unique> email;  // nullable
};
inline constexpr users_t users{};

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  db(insert_into(users).set(users.name = "Alice", users.age = 30));
  auto q = select(users.id, users.name).from(users).where(users.age >= 18).order_by(users.name.asc());
  // SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= ? ORDER BY "users"."name" ASC
  for (auto [id, name] : db(q)) std::cout << id << ' ' << name << '\n';   // 1 Alice
  constexpr auto text = sql<sqlite>(decltype(q){});                                           // docs:hide
  static_assert(text.starts_with(R"(SELECT "users"."id", "users"."name" FROM "users" WHERE)"));  // docs:hide
  auto rows = db(q).all();                                                                    // docs:hide
  return rows.size() == 1 && std::get<1>(rows[0]) == "Alice" ? 0 : 1;                         // docs:hide
}
// docs:end example
