// The comparison verify_schema shares between connectors, without a database: how each database's
// spelling of a type is read, and what compare_table reports.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ctql/core/verify/expected_shape.hpp>
#include <ctql/core/verify/schema_shape.hpp>
#include <ctql/ctql.hpp>

#include "support/options_schema.hpp"

using ctql::parse_column_type;
using ctql::type_family;
using kind = ctql::schema_difference::kind;

TEST_CASE("each database's spelling of a type is read as its family", "[verify]") {
  using P = std::pair<type_family, std::size_t>;
  // SQLite (declared), MySQL/MariaDB (COLUMN_TYPE), PostgreSQL (format_type), and ctql's own.
  CHECK(parse_column_type("INTEGER") == P{type_family::integer, 0});
  CHECK(parse_column_type("bigint(20) unsigned") == P{type_family::integer, 0});
  CHECK(parse_column_type("numeric(20,0)") == P{type_family::integer, 0});  // ctql's uint64 on PostgreSQL
  CHECK(parse_column_type("tinyint(1)") == P{type_family::boolean, 0});     // MySQL's BOOLEAN
  CHECK(parse_column_type("tinyint(4)") == P{type_family::integer, 0});
  CHECK(parse_column_type("boolean") == P{type_family::boolean, 0});
  CHECK(parse_column_type("VARCHAR(50)") == P{type_family::text, 50});
  CHECK(parse_column_type("character varying(255)") == P{type_family::text, 255});
  CHECK(parse_column_type("longtext") == P{type_family::text, 0});
  CHECK(parse_column_type("LONGBLOB") == P{type_family::blob, 0});
  CHECK(parse_column_type("bytea") == P{type_family::blob, 0});
  CHECK(parse_column_type("datetime(6)") == P{type_family::timestamp, 0});
  CHECK(parse_column_type("timestamp without time zone") == P{type_family::timestamp, 0});
  CHECK(parse_column_type("time(6)") == P{type_family::time, 0});
  CHECK(parse_column_type("time without time zone") == P{type_family::time, 0});
  CHECK(parse_column_type("date") == P{type_family::date, 0});
  CHECK(parse_column_type("double precision") == P{type_family::floating, 0});
  CHECK(parse_column_type("REAL") == P{type_family::floating, 0});
  CHECK(parse_column_type("jsonb") == P{type_family::other, 0});
}

TEST_CASE("compare_table: unique constraints by columns, indexes by name, checks only where known", "[verify]") {
  const ctql::table_shape want = ctql::expected_table_shape<ctql::postgres, test::orders_t>();
  // What the types say on PostgreSQL: columns, key, one unnamed unique (region, number), two named indexes.
  REQUIRE(want.columns.size() == 6);
  CHECK(want.columns[1].type == "VARCHAR(40)");
  CHECK(want.primary_key == std::vector<std::string>{"id"});
  CHECK(want.checks == std::vector<std::string>{"qty_positive"});
  ctql::table_shape have = want;
  // The database's own name for the unique constraint, and its columns in another order: no difference.
  for (auto& i : have.indexes)
    if (i.name.empty()) i = {"whatever_the_database_calls_it", true, {"number", "region"}};
  std::vector<ctql::schema_difference> out;
  ctql::compare_table(want, have, out);
  CHECK(out.empty());
  // A named index with its columns swapped is a difference; a CHECK the catalog cannot see is not.
  for (auto& i : have.indexes)
    if (i.name == "group") i.columns = {"region", "qty"};
  have.checks.clear();
  have.checks_known = false;
  ctql::compare_table(want, have, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].what == kind::index);
  CHECK(out[0].describe() == "order.group: index: expected (qty, region), found (region, qty)");
}
