// Table options on the real databases: each constraint is enforced (a violating row raises a
// ctql::error naming it, where the database names it), each index exists in the catalog, create_all
// is idempotent and drop_all drops what it created, in an order the foreign keys allow.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "scenarios/backends.hpp"
#include "support/options_schema.hpp"

using namespace test;

// Every backend, engines included: what a test expects of a database's catalog and error texts
// follows the database's name (TestType::name, the same through an engine).
using namespace ctql;
using std::string;

namespace {
/// The ctql::error message of f(), or "" if it succeeded.
template <class F>
string error_of(F f) {
  try {
    f();
  } catch (const ctql::error& e) {
    return e.what();
  }
  return "";
}

/// How many indexes named `name` the catalog has (0 or 1), read with SQL of the test's own.
template <class Backend, class Db>
std::int64_t indexes_named(Db& db, const string& name) {
  const string database = Backend::name;
  const char* sql = database == "SQLite"
                        ? "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = :n"
                    : database == "PostgreSQL"
                        ? "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :n"
                        : "SELECT count(DISTINCT INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = "
                          "DATABASE() AND INDEX_NAME = :n";
  return std::get<0>(*db(text<std::int64_t>(sql), arg<"n">(name)).first());
}
template <class Backend, class Db>
std::int64_t tables_named(Db& db, const string& name) {
  const string database = Backend::name;
  const char* sql = database == "SQLite"
                        ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"
                    : database == "PostgreSQL"
                        ? "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = :n"
                        : "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND "
                          "TABLE_NAME = :n";
  return std::get<0>(*db(text<std::int64_t>(sql), arg<"n">(name)).first());
}

template <class Db>
auto fresh(Db db) {
  db.drop_all(lines, orders);  // referencing first; a previous test's tables on the servers
  db.create_all(lines, orders);  // given in the wrong order: orders is created first all the same
  return db;
}
template <class Db>
void add_order(Db& db, int region, int number, int qty = 1, std::optional<string> note = std::nullopt) {
  db(insert_into(orders).set(orders.select_ = "s", orders.region = region, orders.number = number, orders.qty = qty,
                             orders.note = note));
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("unique_together is enforced and named", "[scenario][options]", backends) {
  auto db = fresh(TestType::connect());
  add_order(db, 1, 1);
  add_order(db, 1, 2);  // same region, another number: allowed
  add_order(db, 2, 1);  // another region, same number: allowed
  const string e = error_of([&] { add_order(db, 1, 1); });
  INFO(e);
  // SQLite names the columns, the servers the constraint.
  if (string(TestType::name) == "SQLite")
    CHECK(e.find("UNIQUE constraint failed: order.region, order.number") != string::npos);
  else
    CHECK(e.find("order_region_number_key") != string::npos);
  // Three rows were accepted, the fourth refused.
  CHECK(std::get<0>(*db(select(count()).from(orders)).first()) == 3);
}

TEMPLATE_LIST_TEST_CASE("a unique index on a nullable column takes many NULLs but no repeated value",
                        "[scenario][options][hostile]", backends) {
  auto db = fresh(TestType::connect());
  add_order(db, 1, 1, 1, std::nullopt);
  add_order(db, 1, 2, 1, std::nullopt);  // NULLs are distinct in a unique index, on every database
  add_order(db, 1, 3, 1, string("x"));
  add_order(db, 1, 4, 1, string(""));  // the empty string is a value, not a NULL
  const string e = error_of([&] { add_order(db, 1, 5, 1, string("x")); });
  INFO(e);
  CHECK(!e.empty());
  if (string(TestType::name) != "SQLite") CHECK(e.find("índice_ü") != string::npos);
  const string e2 = error_of([&] { add_order(db, 1, 6, 1, string("")); });
  CHECK(!e2.empty());
  // Rows: 2 NULLs, "x", "": 4.
  CHECK(std::get<0>(*db(select(count()).from(orders)).first()) == 4);
}

TEMPLATE_LIST_TEST_CASE("a CHECK of literals is enforced and named", "[scenario][options]", backends) {
  auto db = fresh(TestType::connect());
  add_order(db, 1, 1, 5);
  const string zero = error_of([&] { add_order(db, 1, 2, 0); });  // qty > 0 fails
  INFO(zero);
  CHECK(zero.find("qty_positive") != string::npos);
  // The text literal 'it''s' with its quote: select = "it's" fails the second half.
  const string quote = error_of([&] {
    db(insert_into(orders).set(orders.select_ = "it's", orders.region = 1, orders.number = 3));
  });
  INFO(quote);
  CHECK(quote.find("qty_positive") != string::npos);
  const string update_error = error_of([&] { db(update(orders).set(orders.qty = -1).where(orders.number == 1)); });
  CHECK(update_error.find("qty_positive") != string::npos);
  CHECK(std::get<0>(*db(select(orders.qty).from(orders)).first()) == 5);  // the one good row, unchanged
}

TEMPLATE_LIST_TEST_CASE("a composite foreign key is enforced and named", "[scenario][options]", backends) {
  auto db = fresh(TestType::connect());
  add_order(db, 7, 8);
  db(insert_into(lines).set(lines.region = 7, lines.number = 8, lines.item = "ok"));  // (7, 8) exists
  const string e = error_of([&] { db(insert_into(lines).set(lines.region = 7, lines.number = 9, lines.item = "x")); });
  INFO(e);
  if (string(TestType::name) == "SQLite")
    CHECK(e.find("FOREIGN KEY constraint failed") != string::npos);  // SQLite names no constraint
  else
    CHECK(e.find("order_lines_region_number_fkey") != string::npos);
  // Deleting the referenced order is refused while a line references it.
  CHECK(!error_of([&] { db(delete_from(orders).where(orders.region == 7)); }).empty());
  CHECK(std::get<0>(*db(select(count()).from(lines)).first()) == 1);
}

TEMPLATE_LIST_TEST_CASE("create_all creates the indexes, twice without harm; drop_all drops them",
                        "[scenario][options]", backends) {
  auto db = fresh(TestType::connect());
  CHECK(indexes_named<TestType>(db, "group") == 1);
  CHECK(indexes_named<TestType>(db, "índice_ü") == 1);
  CHECK(indexes_named<TestType>(db, "lines_by_item") == 1);
  db.create_all(orders, lines);  // IF NOT EXISTS: tables and indexes
  CHECK(indexes_named<TestType>(db, "group") == 1);
  // drop_all in the wrong order (the referenced table first) still succeeds: lines go first.
  db.drop_all(orders, lines);
  CHECK(tables_named<TestType>(db, "order") == 0);
  CHECK(tables_named<TestType>(db, "order_lines") == 0);
  CHECK(indexes_named<TestType>(db, "group") == 0);
  CHECK(indexes_named<TestType>(db, "índice_ü") == 0);
  CHECK(indexes_named<TestType>(db, "lines_by_item") == 0);
}
