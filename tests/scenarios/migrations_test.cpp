// Migrations (docs/migrations.md) on every backend: applied each once in version order and recorded;
// a changed applied step, a badly numbered list, a dirty step and a newer database are refused
// before anything runs; a failing step leaves nothing of itself where DDL is transactional, and a
// dirty record where it is not (MariaDB).
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "scenarios/migrations_support.hpp"

using namespace test;

// On each database's own connection (test::direct_backends): the lists with C++ steps name those
// connection types; tests/engine/migrations_engine_test.cpp applies a list through an engine. The
// first two scenarios (SQL steps) run through an engine for each URL scheme too (test::backends).
using namespace ctql;

namespace {
using versions = std::vector<std::int64_t>;


/// Runs `f`, which must throw a ctql::error, and gives its text.
template <class F>
std::string error_text(F&& f) {
  try {
    f();
  } catch (const ctql::error& e) {
    return e.what();
  }
  FAIL("no ctql::error was thrown");
  return {};
}

constexpr const char* create_people = "CREATE TABLE mig_people (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)";
constexpr const char* add_people = "INSERT INTO mig_people (id, name) VALUES (1, 'Ann'); INSERT INTO mig_people (id, name) VALUES (2, 'Bob')";
constexpr const char* add_email = "ALTER TABLE mig_people ADD COLUMN email VARCHAR(80)";
}  // namespace

TEMPLATE_LIST_TEST_CASE("apply runs each step once, in order, and records it", "[scenario][migrations]", backends) {
  auto db = migration_connect<TestType>();
  ctql::migrations two{{1, "create people", create_people}, {2, "add people", add_people}};
  CHECK(two.pending(db).size() == 2);  // nothing recorded yet: the table does not even exist
  CHECK(two.applied(db).empty());
  CHECK(two.apply(db) == 2);
  // Step 2 is two statements in one text: both ran, so Ann (1) and Bob (2).
  CHECK(db(ctql::text<std::int64_t, std::string>("SELECT id, name FROM mig_people ORDER BY id")).all() ==
        std::vector<std::tuple<std::int64_t, std::string>>{{1, "Ann"}, {2, "Bob"}});
  const auto records = two.applied(db);
  REQUIRE(records.size() == 2);
  CHECK(records[0].version == 1);
  CHECK(records[0].name == "create people");
  CHECK(records[1].name == "add people");
  CHECK_FALSE(records[1].dirty);
  CHECK(records[0].checksum.size() == 16);
  CHECK(records[0].checksum != records[1].checksum);
  CHECK(!records[0].applied_at.empty());

  // Again: nothing to do, and step 2 did not insert its rows a second time (still 2 rows).
  CHECK(two.apply(db) == 0);
  CHECK(count_rows(db, "mig_people") == 2);
  CHECK(two.pending(db).empty());

  // A third step: only it runs (rows still 2; the new column exists and is NULL for both).
  ctql::migrations three{{1, "create people", create_people}, {2, "add people", add_people}, {3, "add email", add_email}};
  REQUIRE(three.pending(db).size() == 1);
  CHECK(three.pending(db)[0].version == 3);
  CHECK(three.apply(db) == 1);
  CHECK(count_rows(db, "mig_people") == 2);
  CHECK(count_rows(db, "mig_people WHERE email IS NULL") == 2);
  CHECK(recorded_versions(db) == versions{1, 2, 3});
  // The records' checksums are the steps'.
  CHECK(three.applied(db)[2].checksum == three.steps()[2].checksum());
}

TEMPLATE_LIST_TEST_CASE("a step changed after it was applied is refused", "[scenario][migrations]", backends) {
  auto db = migration_connect<TestType>();
  ctql::migrations before{{1, "create people", create_people}, {2, "add people", add_people}};
  REQUIRE(before.apply(db) == 2);
  // Step 2 now inserts Bea instead of Bob, and a step 3 is added: apply refuses before step 3 runs.
  ctql::migrations after{{1, "create people", create_people},
                         {2, "add people", "INSERT INTO mig_people (id, name) VALUES (1, 'Ann'); "
                                           "INSERT INTO mig_people (id, name) VALUES (2, 'Bea')"},
                         {3, "add email", add_email}};
  const auto said = error_text([&] { after.apply(db); });
  CHECK_THAT(said, Catch::Contains("migration 2 \"add people\" has changed since it was applied"));
  CHECK_THAT(said, Catch::Contains(before.steps()[1].checksum() + " recorded, " + after.steps()[1].checksum() + " now"));
  CHECK(recorded_versions(db) == versions{1, 2});
  CHECK_THROWS_AS(after.check(db), ctql::error);
  // Line ends are not a change: the same text with CRLF has the same checksum.
  ctql::migrations crlf{{1, "create people", create_people},
                        {2, "add people", "INSERT INTO mig_people (id, name) VALUES (1, 'Ann');\r\nINSERT INTO mig_people (id, name) VALUES (2, 'Bob')"}};
  ctql::migrations lf{{1, "create people", create_people},
                      {2, "add people", "INSERT INTO mig_people (id, name) VALUES (1, 'Ann');\nINSERT INTO mig_people (id, name) VALUES (2, 'Bob')"}};
  CHECK(crlf.steps()[1].checksum() == lf.steps()[1].checksum());
}

TEMPLATE_LIST_TEST_CASE("a badly numbered list is refused before anything runs", "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  const auto refused = [&](const ctql::migrations<>& m, std::string_view expected) {
    const auto said = error_text([&] { m.apply(db); });
    CHECK_THAT(said, Catch::Contains(std::string(expected)));
    // Step 1 (the table) did not run, and no record table was made.
    CHECK_FALSE(table_exists(db, "mig_people"));
    CHECK_FALSE(table_exists(db, "ctql_migrations"));
  };
  refused({{1, "create people", create_people}, {3, "add email", add_email}},
          "migration 3 \"add email\" follows migration 1 \"create people\": versions go up by one, without gaps (2 is missing)");
  refused({{1, "create people", create_people}, {1, "again", add_email}},
          "migration 1 \"again\" has the version of migration 1 \"create people\": each version is given once");
  refused({{2, "create people", create_people}, {1, "add email", add_email}},
          "migration 1 \"add email\" comes after migration 2 \"create people\": list the steps by increasing version");
  refused({{0, "zero", create_people}}, "migration 0 \"zero\": versions are numbers from 1 up");
  refused({{1, "create people", create_people}, {2, "empty", ""}}, "migration 2 \"empty\" has no SQL");
  refused({{1, "create people", create_people}, {2, "blank", " \n\t; "}}, "migration 2 \"blank\" has no SQL");
}

TEMPLATE_LIST_TEST_CASE("a database newer than the program is refused", "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  ctql::migrations three{{1, "create people", create_people}, {2, "add people", add_people}, {3, "add email", add_email}};
  REQUIRE(three.apply(db) == 3);
  ctql::migrations two{{1, "create people", create_people}, {2, "add people", add_people}};
  CHECK_THAT(error_text([&] { two.apply(db); }),
             Catch::Contains("the database has applied migration 3 \"add email\", which this program's migration list "
                             "does not have: the database is newer than the program"));
  // An empty list knows no version either.
  ctql::migrations<> none{};
  CHECK_THAT(error_text([&] { none.apply(db); }), Catch::Contains("the database has applied migration 1 \"create people\""));
  // On a fresh database an empty list has nothing to do (the record table is made, empty).
  drop_migration_tables(db);
  CHECK(none.apply(db) == 0);
  CHECK(table_exists(db, "ctql_migrations"));
  CHECK(none.applied(db).empty());
}

TEMPLATE_LIST_TEST_CASE("a failing step: rolled back, or recorded dirty where DDL commits", "[scenario][migrations]",
                        direct_backends) {
  auto db = migration_connect<TestType>();
  const bool ddl_commits = std::string_view(TestType::name) == "MariaDB";
  // Step 2's first statement makes mig_half; its second names a table that does not exist.
  ctql::migrations broken{{1, "create people", create_people},
                          {2, "half", "CREATE TABLE mig_half (x INTEGER); INSERT INTO mig_nowhere (x) VALUES (1)"},
                          {3, "extra", "CREATE TABLE mig_extra (x INTEGER)"}};
  const auto said = error_text([&] { broken.apply(db); });
  CHECK_THAT(said, Catch::Contains("migration 2 \"half\" failed"));
  CHECK_THAT(said, Catch::Contains("mig_nowhere"));  // the database's words (and the SQL) are kept
  CHECK(table_exists(db, "mig_people"));  // step 1 stays
  CHECK_FALSE(table_exists(db, "mig_extra"));  // step 3 never ran
  if (!ddl_commits) {
    // SQLite, PostgreSQL: step 2's transaction is undone, its CREATE TABLE with it; only 1 is recorded.
    // (PostgreSQL would undo one multi-statement text by itself; the C++ step scenario below shows
    // the step's transaction at work there: Bob's insert, a separate statement, is undone too.)
    CHECK_THAT(said, Catch::Contains("and was rolled back"));
    CHECK_FALSE(table_exists(db, "mig_half"));
    CHECK(recorded_versions(db) == versions{1});
    CHECK(dirty_versions(db).empty());
    return;
  }
  // MariaDB: CREATE TABLE committed itself; step 2 is recorded dirty, and apply says how to repair.
  CHECK_THAT(said, Catch::Contains("stays recorded dirty"));
  CHECK(table_exists(db, "mig_half"));
  CHECK(recorded_versions(db) == versions{1, 2});
  CHECK(dirty_versions(db) == versions{2});
  ctql::migrations fixed{{1, "create people", create_people},
                         {2, "half", "CREATE TABLE mig_half (x INTEGER); INSERT INTO mig_half (x) VALUES (1)"},
                         {3, "extra", "CREATE TABLE mig_extra (x INTEGER)"}};
  const auto again = error_text([&] { fixed.apply(db); });
  CHECK_THAT(again, Catch::Contains("migration 2 \"half\" is recorded dirty"));
  CHECK_THAT(again, Catch::Contains("m.mark_clean(db, 2)"));
  CHECK_THAT(again, Catch::Contains("m.forget(db, 2)"));
  CHECK_FALSE(table_exists(db, "mig_extra"));
  // Repair by undoing: drop what ran, forget the record; apply runs 2 (fixed) and 3.
  CHECK_THAT(error_text([&] { fixed.forget(db, 1); }), Catch::Contains("is recorded applied, not dirty"));
  CHECK_THAT(error_text([&] { fixed.mark_clean(db, 9); }), Catch::Contains("has no step with that version"));
  db.execute("DROP TABLE mig_half");
  fixed.forget(db, 2);
  CHECK(recorded_versions(db) == versions{1});
  CHECK(fixed.apply(db) == 2);
  CHECK(count_rows(db, "mig_half") == 1);
  CHECK(recorded_versions(db) == versions{1, 2, 3});
  CHECK(dirty_versions(db).empty());
}

TEMPLATE_LIST_TEST_CASE("a dirty step repaired by hand is marked clean", "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  ctql::migrations broken{{1, "create people", create_people},
                          {2, "half", "CREATE TABLE mig_half (x INTEGER); INSERT INTO mig_nowhere (x) VALUES (1)"},
                          {3, "extra", "CREATE TABLE mig_extra (x INTEGER)"}};
  CHECK_THROWS_AS(broken.apply(db), ctql::error);
  if (std::string_view(TestType::name) != "MariaDB") {
    CHECK_THAT(error_text([&] { broken.mark_clean(db, 2); }), Catch::Contains("migration 2 \"half\" is not recorded"));
    return;
  }
  // Finished by hand (the table exists; the insert was the part that failed): mark_clean records it
  // with the list's checksum, and apply goes on with 3.
  broken.mark_clean(db, 2);
  CHECK(dirty_versions(db).empty());
  CHECK(broken.applied(db)[1].checksum == broken.steps()[1].checksum());
  CHECK(broken.apply(db) == 1);
  CHECK(table_exists(db, "mig_extra"));
}

TEMPLATE_LIST_TEST_CASE("steps in C++ run ctql statements and are checksummed by name and version text",
                        "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  using connection = decltype(TestType::connect());
  ctql::migrations<connection> m{
      {1, "people", [](auto& c) { c(insert_into(users).set(users.name = "Ann", users.age = 30)); }},
      {2, "older", "v1", [](auto& c) { c(update(users).set(users.age = users.age + 1).where(users.name == "Ann")); }}};
  CHECK(m.apply(db) == 2);
  // Ann inserted at 30, then made one year older: 31.
  CHECK(db(select(users.name, users.age).from(users)).all() == std::vector<std::tuple<std::string, int>>{{"Ann", 31}});
  CHECK(m.apply(db) == 0);  // not again: still 31
  CHECK(std::get<0>(*db(select(users.age).from(users)).first()) == 31);
  // The same name and version text, other code: not seen (documented). A new version text: refused.
  ctql::migrations<connection> v2{
      {1, "people", [](auto& c) { c(insert_into(users).set(users.name = "Ann", users.age = 30)); }},
      {2, "older", "v2", [](auto& c) { c(update(users).set(users.age = users.age + 2).where(users.name == "Ann")); }}};
  CHECK_THAT(error_text([&] { v2.apply(db); }),
             Catch::Contains("migration 2 \"older\" has changed since it was applied") &&
                 Catch::Contains("from its name and version text"));
  // A step that throws: named, and (SQLite, PostgreSQL) undone; MariaDB records it dirty.
  ctql::migrations<connection> throws{
      {1, "people", [](auto& c) { c(insert_into(users).set(users.name = "Ann", users.age = 30)); }},
      {2, "older", "v1", [](auto& c) { c(update(users).set(users.age = users.age + 1).where(users.name == "Ann")); }},
      {3, "bob then fail", "v1", [](auto& c) {
         c(insert_into(users).set(users.name = "Bob"));
         throw std::runtime_error("no more");
       }}};
  CHECK_THAT(error_text([&] { throws.apply(db); }), Catch::Contains("migration 3 \"bob then fail\" failed") &&
                                                        Catch::Contains("no more"));
  if (std::string_view(TestType::name) == "MariaDB") {
    CHECK(dirty_versions(db) == versions{3});
    CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 2);  // Bob stays: no transaction around it
  } else {
    CHECK(recorded_versions(db) == versions{1, 2});
    CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 1);  // Bob's insert rolled back
  }
}

TEMPLATE_LIST_TEST_CASE("migration names in any script, and apply inside a transaction is refused",
                        "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  const std::string name = "créer «les gens» — 用户 ✓ 'quoted' \"double\"";
  ctql::migrations m{{1, name, create_people}};
  {
    auto tx = db.transaction();
    CHECK_THAT(error_text([&] { m.apply(db); }), Catch::Contains("call it outside a transaction"));
  }
  CHECK(m.apply(db) == 1);
  REQUIRE(m.applied(db).size() == 1);
  CHECK(m.applied(db)[0].name == name);  // every byte back
  CHECK_NOTHROW(m.check(db));
}

TEMPLATE_LIST_TEST_CASE("a step that commits its own transaction is refused, and SQL given as any string",
                        "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  const std::string people = create_people;  // a std::string and a std::string_view make steps too
  const std::string_view half = "CREATE TABLE mig_half (x INTEGER); COMMIT";
  ctql::migrations m{{1, "create people", people}, {2, "commits", half}};
  if (std::string_view(TestType::name) == "MariaDB") {
    // No transaction around a step here: the COMMIT ends nothing, and the step is applied.
    CHECK(m.apply(db) == 2);
    CHECK(recorded_versions(db) == versions{1, 2});
    CHECK(dirty_versions(db).empty());
    return;
  }
  CHECK_THAT(error_text([&] { m.apply(db); }),
             Catch::Contains("migration 2 \"commits\" ended the transaction it runs in (a COMMIT or ROLLBACK in its SQL)"));
  // Its CREATE TABLE was committed by its own COMMIT (as the message warns), and it is not recorded.
  CHECK(table_exists(db, "mig_half"));
  CHECK(recorded_versions(db) == versions{1});
}

TEMPLATE_LIST_TEST_CASE("steps made at run time, from strings that do not outlive the list's making",
                        "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  std::vector<ctql::migration_step<>> steps;
  for (int i = 1; i <= 3; ++i) {
    // Texts built here and gone after the push_back: the steps keep their own copies.
    std::string sql = i == 1 ? std::string(create_people)
                             : "INSERT INTO mig_people (id, name) VALUES (" + std::to_string(i) + ", 'p" + std::to_string(i) + "')";
    steps.push_back({i, "step " + std::to_string(i), sql});
  }
  ctql::migrations<> m(std::move(steps));
  CHECK(m.apply(db) == 3);
  // Steps 2 and 3 inserted people 2 and 3.
  CHECK(db(ctql::text<std::int64_t, std::string>("SELECT id, name FROM mig_people ORDER BY id")).all() ==
        std::vector<std::tuple<std::int64_t, std::string>>{{2, "p2"}, {3, "p3"}});
}

namespace {
// A list whose texts are known at compile time: its numbering is checked by the compiler.
constexpr ctql::sql_migration static_steps[] = {
    {1, "create people", "CREATE TABLE mig_people (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)"},
    {2, "add people", "INSERT INTO mig_people (id, name) VALUES (1, 'Ann'); INSERT INTO mig_people (id, name) VALUES (2, 'Bob')"}};
static_assert(ctql::migrations_in_order<static_steps>());
// The verdicts, in-process (the compile-fail cases check the words): step i, its version, whether
// it has SQL, and the version before it.
using ctql::detail::list_problem;
using ctql::detail::step_problem;
static_assert(step_problem(1, 3, true, 1) == list_problem::gap);
static_assert(step_problem(1, 1, true, 1) == list_problem::repeated);
static_assert(step_problem(1, 1, true, 2) == list_problem::decreasing);
static_assert(step_problem(0, 1, false, 0) == list_problem::no_sql);
static_assert(step_problem(0, 0, true, 0) == list_problem::not_positive);
static_assert(step_problem(0, 7, true, 0) == list_problem::none);  // the first step may start anywhere from 1
static_assert(step_problem(1, 2, true, 1) == list_problem::none);
static_assert(!ctql::detail::blank(" x ") && ctql::detail::blank(" ;\n; "));
// The first mistake of a list, and the version migrations_in_order<steps>() names in its message.
constexpr ctql::sql_migration gap_list[] = {{1, "a", "SELECT 1"}, {2, "b", "SELECT 1"}, {4, "c", "SELECT 1"}, {4, "d", ""}};
static_assert(ctql::detail::first_list_problem(gap_list).problem == list_problem::gap);
static_assert(ctql::detail::first_list_problem(gap_list).version == 4);
constexpr ctql::sql_migration empty_second[] = {{1, "a", "SELECT 1"}, {2, "b", " ;"}};
static_assert(ctql::detail::first_list_problem(empty_second).problem == list_problem::no_sql);
static_assert(ctql::detail::first_list_problem(empty_second).version == 2);
static_assert(ctql::detail::first_list_problem(static_steps).problem == list_problem::none);
}  // namespace

TEMPLATE_LIST_TEST_CASE("a list checked at compile time applies like any other", "[scenario][migrations]", direct_backends) {
  auto db = migration_connect<TestType>();
  ctql::migrations m(static_steps);
  CHECK(m.apply(db) == 2);
  // The same texts as the run-time list of the first scenario: the same checksums, so the two agree.
  ctql::migrations same{{1, "create people", create_people}, {2, "add people", add_people}};
  CHECK(same.apply(db) == 0);
  CHECK(count_rows(db, "mig_people") == 2);
}
