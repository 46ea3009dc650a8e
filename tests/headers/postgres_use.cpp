// The documented use of <ctql/postgres.hpp>, with only that header (it brings <ctql/ctql.hpp>):
// connect, create_all / drop_all, running statements with db(q) (rows as tuples, first(), all(),
// as<T>(), exec_result), prepare() with param<> and arg<>, transaction(), raw text. Compiled, never
// run (no server is contacted): it checks that the connector's share of core/run/connection.hpp
// instantiates. Built in ALL by tests/headers/CMakeLists.txt when ctql::postgres is.
#include "ctql/postgres.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace postgres_use {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};

struct user {
  std::int64_t id;
  std::string name;
};

std::int64_t use() {
  using namespace ctql;
  auto db = ctql::postgres::connect("postgresql://user:pw@127.0.0.1:5432/app");
  db.create_all(users, posts);

  auto inserted = db(insert_into(users).set(users.name = "Alice", users.age = 30));
  std::int64_t total = static_cast<std::int64_t>(inserted.rows_affected) + static_cast<std::int64_t>(inserted.last_insert_id);

  auto adults = select(users.id, users.name).from(users).where(users.age >= 18).order_by(users.name.asc());
  for (auto [id, name] : db(adults)) total += id + static_cast<std::int64_t>(name.size());
  std::optional<std::tuple<std::int64_t, std::string>> first = db(adults).first();
  std::vector<std::tuple<std::int64_t, std::string>> all = db(adults).all();
  std::vector<user> people = db(adults).as<user>();
  total += static_cast<std::int64_t>(all.size() + people.size()) + (first ? 1 : 0);

  {
    auto tx = db.transaction();
    db(update(users).set(users.age = users.age + 1).where(users.id == 7));
    db(delete_from(posts).where(posts.user_id == 7));
    tx.commit();
  }

  auto find = db.prepare(select(users.name).from(users).where(users.age >= param<"min_age">));
  for (auto [name] : find(18)) total += static_cast<std::int64_t>(name.size());
  auto rename = db.prepare(update(users).set(users.name = param<"new">).where(users.name == param<"old">));
  total += static_cast<std::int64_t>(rename(arg<"old">("Al"), arg<"new">("Alan")).rows_affected);

  for (auto [id, name] : db(text<std::int64_t, std::string>("SELECT id, name FROM users WHERE id = :id"), arg<"id">(5)))
    total += id + static_cast<std::int64_t>(name.size());

  db.drop_all(posts, users);
  return total;
}

}  // namespace postgres_use
