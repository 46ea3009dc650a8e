// Tutorial chapter 4: update and delete, and what they refuse.
#include "seed_data.hpp"

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  add_sample_rows(db);   // Alice 30, Bob 17, Carol 42, Dan 25

  // docs:begin update
  auto r = db(update(users).set(users.age = users.age + 1).where(users.name == "Bob"));
  // UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."name" = ?
  std::cout << r.rows_affected << " row updated\n";   // 1
  // docs:end update
  expect(r.rows_affected == 1, "one row updated");
  expect(std::get<0>(*db(select(users.age).from(users).where(users.id == 2)).first()) == 18, "Bob is 18 now");

  // docs:begin delete
  db(delete_from(posts).where(posts.title.like("%post%")));   // Alice's "Second post"
  auto gone = db(delete_from(users).where(users.email.is_null() && users.age < 20).returning(users.name)).all();
  // DELETE FROM "users" WHERE ("users"."email" IS NULL) AND ("users"."age" < ?) RETURNING "users"."name"
  // gone: {{"Bob"}} (RETURNING: SQLite, PostgreSQL, MariaDB; on MySQL it does not compile)
  // docs:end delete
  expect(gone.size() == 1 && std::get<0>(gone[0]) == "Bob", "delete ... returning");

  // docs:begin everything
  db(update(users).set(users.age = 0).unconditionally());   // every row: you have to say so
  db(delete_from(posts).unconditionally());
  // db(delete_from(posts));   does not compile: "ctql: delete_from() without where() would delete every row ..."
  // docs:end everything
  auto [zeros] = *db(select(count()).from(users).where(users.age == 0)).first();
  expect(zeros == 3, "three users left, all aged 0");
  auto [left] = *db(select(count()).from(posts)).first();
  expect(left == 0, "no posts left");
  return tutorial_failures;
}
