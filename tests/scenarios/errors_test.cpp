// Database errors raise ctql::error with the SQL and the database's words, and lose nothing.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::string;

namespace {
template <class Db>
std::int64_t count_users(Db& db) {
  return std::get<0>(*db(select(count()).from(users)).first());
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a constraint violation raises and changes nothing", "[scenario][errors]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "Ann", users.email = "a@x"));
  try {
    db(insert_into(users).set(users.name = "Imposter", users.email = "a@x"));
    FAIL("a duplicate email was accepted");
  } catch (const ctql::error& e) {
    CHECK(e.sql().find("INSERT INTO") != string::npos);
    CHECK_FALSE(e.database_message().empty());
    CHECK(e.code() != 0);
    CHECK(string(e.what()).find(e.database_message()) != string::npos);
  }
  CHECK(count_users(db) == 1);
  // A foreign key to no user.
  CHECK_THROWS_AS(db(insert_into(posts).set(posts.user_id = 999, posts.title = "t", posts.created = ctql::timestamp{},
                                            posts.class_ = "c")),
                  ctql::error);
  CHECK(std::get<0>(*db(select(count()).from(posts)).first()) == 0);
}

TEMPLATE_LIST_TEST_CASE("max_length is enforced, not truncated", "[scenario][errors]", backends) {
  auto db = TestType::connect();
  CHECK_NOTHROW(db(insert_into(users).set(users.name = string(50, 'n'))));
  CHECK_THROWS_AS(db(insert_into(users).set(users.name = string(51, 'n'))), ctql::error);
  CHECK(count_users(db) == 1);
}

TEMPLATE_LIST_TEST_CASE("raw text statements: named arguments and checked shapes", "[scenario][errors]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "Ann", users.age = 3));
  auto rows = db(text<std::int64_t, string>("SELECT id, name FROM users WHERE age = :age AND name = :name"),
                 arg<"age">(3), arg<"name">("Ann"))
                  .all();
  CHECK(rows.size() == 1);
  CHECK(db(text<>("UPDATE users SET age = :age"), arg<"age">(4)).rows_affected == 1);
  CHECK_THROWS_WITH(db(text<std::int64_t>("SELECT id, name FROM users")).first(), Catch::Contains("2 columns"));
  CHECK_THROWS_WITH(db(text<std::int64_t>("SELECT id FROM users WHERE age = :age"), arg<"agee">(1)).first(),
                    Catch::Contains(":agee"));
  CHECK_THROWS_AS(db(text<>("SELEKT 1")), ctql::error);
  CHECK_THROWS_WITH(db(text<>("DELETE FROM users; DELETE FROM posts")), Catch::Contains("more than one statement"));
}

TEMPLATE_LIST_TEST_CASE("a text statement's arguments are matched by name, with one set of messages on every backend",
                        "[scenario][errors]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "Ann", users.age = 3));
  const string sql = "UPDATE users SET age = :age WHERE name = :name";
  // Each failure is a ctql::error carrying the SQL, and no row changes (Ann keeps age 3).
  auto fails_with = [&](auto run, const string& words) {
    try {
      run();
      FAIL("the statement ran");
    } catch (const ctql::error& e) {
      CHECK_THAT(e.what(), Catch::Contains(words));
      CHECK(e.sql() == sql);
    }
  };
  // An arg that names no placeholder.
  fails_with([&] { db(text<>(sql), arg<"age">(4), arg<"name">("Ann"), arg<"nmae">("Ann")); },
             "the statement has no parameter :nmae");
  // A placeholder without an arg.
  fails_with([&] { db(text<>(sql), arg<"age">(4)); },
             "the statement's parameter :name has no value: no ctql::arg<\"name\">(value) is given");
  CHECK(db(select(users.age).from(users)).first() == std::tuple{3});
  // A name used twice is one argument: both places get it (Ann is 3, so 3 = 3 and the row changes).
  CHECK(db(text<>("UPDATE users SET age = :a + 1 WHERE age = :a"), arg<"a">(3)).rows_affected == 1);
}

TEMPLATE_LIST_TEST_CASE("bulk insert inserts every row or none", "[scenario][errors]", backends) {
  auto db = TestType::connect();
  std::vector<std::tuple<string, int>> rows;
  for (int i = 0; i < 1234; ++i) rows.emplace_back("user" + std::to_string(i), i);
  CHECK(db(insert_into(users).columns(users.name, users.age).values(rows)).rows_affected == 1234);
  CHECK(count_users(db) == 1234);
  CHECK(db(select(sum(users.age)).from(users)).first() == std::tuple{std::optional<std::int64_t>{1234 * 1233 / 2}});
  // A row that breaks a constraint in the last batch: the earlier batches are undone too.
  std::vector<std::tuple<string, std::optional<string>>> bad;
  for (int i = 0; i < 1200; ++i) bad.emplace_back("x", "mail" + std::to_string(i));
  bad.emplace_back("x", "mail0");
  CHECK_THROWS_AS(db(insert_into(users).columns(users.name, users.email).values(bad)), ctql::error);
  CHECK(count_users(db) == 1234);
  CHECK(db(insert_into(users).columns(users.name, users.age).values(std::vector<std::tuple<string, int>>{})).rows_affected == 0);
}
