// SQLite specifics found by hostile testing of the issue-10 fixes.
#include <catch2/catch.hpp>

#include <string>

#include <ctql/sqlite.hpp>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

TEST_CASE("rows_affected counts the statement's own rows, not a trigger's or a cascade's", "[sqlite][hostile]") {
  auto db = sqlite::connect(":memory:");
  db.create_all(users);
  db.execute("CREATE TABLE audit (what TEXT)");
  db.execute("CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('insert'); END");
  // One row inserted by the statement (the trigger's row in audit is not the statement's): 1.
  CHECK(db(insert_into(users).set(users.name = "a")).rows_affected == 1);
  std::vector<std::tuple<std::string>> rows(3, std::tuple<std::string>("b"));
  // Three rows inserted: 3 (not 6).
  CHECK(db(insert_into(users).columns(users.name).values(rows)).rows_affected == 3);

  db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
  db.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE)");
  db.execute("INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1), (1), (1)");
  // One parent row deleted by the statement; the three children go by the cascade: 1 (not 4).
  CHECK(db(text<>("DELETE FROM parent WHERE id = :id"), arg<"id">(1)).rows_affected == 1);
}
