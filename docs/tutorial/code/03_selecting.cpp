// Tutorial chapter 3: select with filters, read rows as tuples or structs, join and group.
#include "seed_data.hpp"

// docs:begin struct
struct user {
  std::int64_t id;
  std::string name;
  int age;
  std::optional<std::string> email;
};
// docs:end struct

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  add_sample_rows(db);   // Alice 30, Bob 17, Carol 42, Dan 25; Alice wrote 3 posts, Carol 1

  // docs:begin filter
  auto adults = select(users.id, users.name).from(users)
                  .where(users.age >= 18 && users.name.like("%a%"))
                  .order_by(users.name.asc());
  // SELECT "users"."id", "users"."name" FROM "users"
  //   WHERE ("users"."age" >= ?) AND ("users"."name" LIKE ? ESCAPE '\') ORDER BY "users"."name" ASC
  for (auto [id, name] : db(adults)) {   // std::tuple<std::int64_t, std::string>, streamed
    std::cout << id << ' ' << name << '\n';   // 1 Alice, 3 Carol, 4 Dan (SQLite's LIKE ignores case)
  }
  // docs:end filter
  auto rows = db(adults).all();
  // By hand: adults are Alice, Carol, Dan; all contain "a" case-blind (SQLite LIKE); ordered by name.
  expect(rows.size() == 3 && std::get<1>(rows[0]) == "Alice" && std::get<1>(rows[2]) == "Dan", "filter");

  // docs:begin results
  auto first = db(adults).first();                                 // std::optional<std::tuple<...>>
  auto all   = db(adults).all();                                   // std::vector<std::tuple<...>>
  auto people = db(select(all_of(users)).from(users)).as<user>();  // std::vector<user>
  // docs:end results
  expect(first && std::get<1>(*first) == "Alice" && all.size() == 3, "first() and all()");
  expect(people.size() == 4 && !people[1].email, "as<user>(): Bob has no email");

  // docs:begin join
  auto titles = select(users.name, posts.title)
                  .from(users.join(posts).on(posts.user_id == users.id))
                  .where(users.name == "Carol");
  for (auto [name, title] : db(titles)) std::cout << name << ": " << title << '\n';   // Carol: Carol's notes
  // docs:end join
  auto carol = db(titles).all();
  expect(carol.size() == 1 && std::get<1>(carol[0]) == "Carol's notes", "join");

  // docs:begin group
  auto counts = select(users.name, count(posts.id))
                  .from(users.left_join(posts).on(posts.user_id == users.id))
                  .group_by(users.name)
                  .having(count(posts.id) >= 1)
                  .order_by(users.name.asc());
  // SELECT "users"."name", COUNT("posts"."id") FROM "users" LEFT OUTER JOIN "posts"
  //   ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT("posts"."id") >= ? ...
  for (auto [name, n] : db(counts)) std::cout << name << ' ' << n << '\n';   // Alice 3, Carol 1
  // docs:end group
  auto grouped = db(counts).all();
  expect(grouped.size() == 2 && std::get<1>(grouped[0]) == 3 && std::get<1>(grouped[1]) == 1, "group_by/having");

  // docs:begin outer
  // On the outer side of a LEFT JOIN a column can be NULL, so it reads as std::optional:
  auto maybe_titles = select(users.name, posts.title).from(users.left_join(posts).on(posts.user_id == users.id))
                        .where(users.name == "Bob");
  auto [bob, no_post] = *db(maybe_titles).first();   // no_post: std::optional<std::string>, empty
  // docs:end outer
  expect(bob == "Bob" && !no_post, "outer join gives an empty optional");
  return tutorial_failures;
}
