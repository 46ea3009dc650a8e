// Tutorial chapter 2: insert one row, then many.
#include <tuple>
#include <vector>

#include "schema.hpp"

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  db.create_all(users, posts);

  // docs:begin one
  auto r = db(insert_into(users).set(users.name = "Alice", users.age = 30));
  // INSERT INTO "users" ("name", "age") VALUES (?, ?)
  std::cout << r.rows_affected << " row, id " << r.last_insert_id << '\n';   // 1 row, id 1

  db(insert_into(users).set(users.name = "Eve", users.email = "eve@example.org"));   // age: its default, 0
  // docs:end one
  expect(r.rows_affected == 1 && r.last_insert_id == 1, "one insert");

  // docs:begin many
  std::vector<std::tuple<std::string, int>> people{{"Bob", 17}, {"Carol", 42}, {"Dan", 25}};
  db(insert_into(users).columns(users.name, users.age).values(people));
  // INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?): batches of up to 500 rows,
  // all or nothing
  // docs:end many

  // docs:begin foreign
  std::int64_t alice = r.last_insert_id;
  db(insert_into(posts).set(posts.user_id = alice, posts.title = "Hello"));
  db(insert_into(posts).set(posts.user_id = alice, posts.title = "Second post"));
  // docs:end foreign

  auto [n] = *db(select(count()).from(users)).first();
  std::cout << n << " users\n";
  expect(n == 5, "2 + 3 users inserted");   // Alice, Eve, Bob, Carol, Dan
  auto [p] = *db(select(count()).from(posts)).first();
  expect(p == 2, "two posts");
  return tutorial_failures;
}
