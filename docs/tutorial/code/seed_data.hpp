// The rows chapters 3 to 8 start from: four users and their posts.
#pragma once
#include <tuple>
#include <vector>

#include "schema.hpp"

template <class Db>
void add_sample_rows(Db& db) {
  using namespace ctql;
  db.create_all(users, posts);
  std::vector<std::tuple<std::int64_t, std::string, int, std::optional<std::string>>> people{
      {1, "Alice", 30, "alice@example.org"}, {2, "Bob", 17, std::nullopt}, {3, "Carol", 42, "carol@example.org"},
      {4, "Dan", 25, std::nullopt}};
  db(insert_into(users).columns(users.id, users.name, users.age, users.email).values(people));
  std::vector<std::tuple<std::int64_t, std::string>> written{
      {1, "Hello"}, {1, "Second post"}, {1, "Third"}, {3, "Carol's notes"}};
  db(insert_into(posts).columns(posts.user_id, posts.title).values(written));
}
