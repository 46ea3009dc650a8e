#pragma once
// The documented use of a connector, the same through each (tests/headers/<connector>_use.cpp calls
// it with its connection): create_all / drop_all, running statements with db(q) (rows as tuples,
// first(), all(), as<T>(), exec_result), prepare() with param<> and arg<>, transaction(), raw text.
// Included after the connector's umbrella header and no connector header of its own: every ctql
// name below that does not depend on the connection is looked up here, so the umbrella must have
// brought it (with <ctql/ctql.hpp>); what depends on it is instantiated by the caller.
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "support/tables.hpp"

namespace connector_use {

struct user {
  std::int64_t id;
  std::string name;
};

template <class Connection>
std::int64_t use(Connection& db) {
  using namespace ctql;
  using use_tables::blog::posts;
  using use_tables::blog::users;
  db.create_all(users, posts);

  auto inserted = db(insert_into(users).set(users.name = "Alice", users.age = 30));
  std::int64_t total = static_cast<std::int64_t>(inserted.rows_affected) + static_cast<std::int64_t>(inserted.last_insert_id);

  auto adults = select(users.id, users.name).from(users).where(users.age >= 18).order_by(users.name.asc());
  for (auto [id, name] : db(adults)) total += id + static_cast<std::int64_t>(name.size());
  std::optional<std::tuple<std::int64_t, std::string>> first = db(adults).first();
  std::vector<std::tuple<std::int64_t, std::string>> all = db(adults).all();
  std::vector<user> people = db(adults).template as<user>();
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

}  // namespace connector_use
