// Tutorial chapter 1: connect, create the tables, look at their DDL.
#include "schema.hpp"

int main() {
  // docs:begin connect
  auto db = ctql::sqlite::connect(":memory:");   // or a file name: ctql::sqlite::connect("app.db")
  db.create_all(users, posts);                    // CREATE TABLE IF NOT EXISTS, parents first
  // docs:end connect

  // docs:begin ddl
  constexpr auto ddl = ctql::create_table<ctql::sqlite>(users);   // a constant expression
  static_assert(ddl.starts_with(R"(CREATE TABLE "users" ("id" INTEGER PRIMARY KEY)"));
  std::cout << ddl << '\n';
  // docs:end ddl
  expect(std::string_view(ddl) ==
             R"(CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(50) NOT NULL CHECK (length("name") <= 50), )"
             R"("age" INTEGER NOT NULL DEFAULT 0, "email" TEXT UNIQUE))",
         "users' DDL");
  return tutorial_failures;
}
