// ctql::uuid, ctql::decimal<P, S>, ctql::json: the values in C++, what compares with what
// (in-process), the DDL per dialect and the SQL of decimal arithmetic and JSON paths.
#include <catch2/catch.hpp>

#include <string>

#include "support/more_value_types_schema.hpp"

using namespace test;
using ctql::decimal;
using ctql::json;
using ctql::json_path;
using ctql::uuid;

TEST_CASE("a uuid is parsed in either case and written lowercase", "[value_types][uuid]") {
  const uuid u{"123E4567-e89b-12D3-A456-426614174000"};
  CHECK(to_string(u) == "123e4567-e89b-12d3-a456-426614174000");
  CHECK(u == uuid{"123e4567-e89b-12d3-a456-426614174000"});
  CHECK(to_string(uuid{}) == "00000000-0000-0000-0000-000000000000");
  CHECK(to_string(uuid{"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"}) == "ffffffff-ffff-ffff-ffff-ffffffffffff");
  // Byte order: the nil UUID is the least, ...00ff below ...0100 (the 15th byte decides).
  CHECK(uuid{} < u);
  CHECK(uuid{"00000000-0000-0000-0000-0000000000ff"} < uuid{"00000000-0000-0000-0000-000000000100"});
  // Not a UUID: braces, no dashes, a dash misplaced, a non-hex digit, 35 or 37 characters, empty.
  for (const char* bad : {"{123e4567-e89b-12d3-a456-426614174000}", "123e4567e89b12d3a456426614174000",
                          "123e4567-e89b1-2d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400g",
                          "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000", ""})
    CHECK_THROWS_AS(uuid{bad}, ctql::error);
  STATIC_REQUIRE(uuid::parse("00000000-0000-0000-0000-000000000001")->bytes()[15] == 1);
}

TEST_CASE("a decimal is exact: built from text or an integer, never rounded", "[value_types][decimal]") {
  using money = decimal<12, 2>;
  CHECK(to_string(money{"1234.50"}) == "1234.50");
  CHECK(to_string(money{"1234.5"}) == "1234.50");
  CHECK(to_string(money{"-0.5"}) == "-0.50");
  CHECK(to_string(money{"-0.00"}) == "0.00");      // negative zero is zero
  CHECK(money{"-0.00"} == money{"0"});
  CHECK(to_string(money{".5"}) == "0.50");
  CHECK(to_string(money{"+7"}) == "7.00");
  CHECK(to_string(money{"007.10"}) == "7.10");     // leading zeros are no digits
  CHECK(to_string(money{"1.500"}) == "1.50");      // a zero past the scale is exact
  CHECK(to_string(money{"9999999999.99"}) == "9999999999.99");    // the largest: 12 digits
  CHECK(to_string(money{"-9999999999.99"}) == "-9999999999.99");
  CHECK(to_string(money{42}) == "42.00");
  CHECK(to_string(decimal<38, 0>{"99999999999999999999999999999999999999"}) == "99999999999999999999999999999999999999");
  CHECK(to_string(decimal<38, 38>{"-0.00000000000000000000000000000000000001"}) == "-0.00000000000000000000000000000000000001");
  CHECK(to_string(decimal<3, 0>{"-5"}) == "-5");
  // Too many digits before the point (11 > 12 - 2), a digit past the scale, no number, an exponent.
  for (const char* bad : {"10000000000.00", "1.005", "0.001", "", "-", ".", "5.", "1e3", " 1", "1,5", "--1", "0x10", "NaN"})
    CHECK_THROWS_AS(money{bad}, ctql::error);
  CHECK_THROWS_AS(money{std::int64_t{10'000'000'000}}, ctql::error);
  // Ordering is numeric: -1.00 < -0.50 < 0.00 < 0.05 < 1.00.
  CHECK(money{"-1"} < money{"-0.5"});
  CHECK(money{"-0.5"} < money{"0"});
  CHECK(money{"0"} < money{"0.05"});
  CHECK(money{"0.05"} < money{"1"});
}

TEST_CASE("decimal arithmetic keeps exactness with SQL's result scale", "[value_types][decimal]") {
  const decimal<12, 2> a{"1234.50"};
  const decimal<8, 4> b{"0.0125"};
  // 1234.50 + 0.0125 = 1234.5125; scale max(2, 4) = 4, digits max(10, 4) + 4 + 1 = 15.
  const auto sum = a + b;
  STATIC_REQUIRE(std::is_same_v<decltype(sum), const decimal<15, 4>>);
  CHECK(to_string(sum) == "1234.5125");
  // 1234.50 - 0.0125 = 1234.4875.
  CHECK(to_string(a - b) == "1234.4875");
  // 1234.50 * 0.0125 = 15.431250: scale 2 + 4 = 6, digits 12 + 8 = 20.
  const auto product = a * b;
  STATIC_REQUIRE(std::is_same_v<decltype(product), const decimal<20, 6>>);
  CHECK(to_string(product) == "15.431250");
  CHECK(to_string(-a) == "-1234.50");
  // 0.1 + 0.2 is 0.3 exactly (it is not, in double).
  CHECK(decimal<2, 1>{"0.1"} + decimal<2, 1>{"0.2"} == decimal<3, 1>{"0.3"});
  // 38 digits: the sum of two decimal<38, 0> cannot be typed (a compile-time error); two of 37
  // digits make 38.
  const decimal<37, 0> big{"9999999999999999999999999999999999999"};
  CHECK(to_string(big + big) == "19999999999999999999999999999999999998");
}

TEST_CASE("json text is checked when it is made", "[value_types][json]") {
  CHECK(json{R"({"a": [1, 2.5e-3, "x", null, true, false, {}]})"}.text() == R"({"a": [1, 2.5e-3, "x", null, true, false, {}]})");
  CHECK(json{}.text() == "null");
  CHECK(json{"[1]"} == json{"[1]"});
  CHECK_FALSE(json{"[1]"} == json{"[ 1 ]"});  // the same value, not the same text
  CHECK(json{R"("h\u00e9 \"\\ \/ ✓ 😀")"}.text() == R"("h\u00e9 \"\\ \/ ✓ 😀")");
  CHECK(json{std::string(100, '[') + std::string(100, ']')}.text().size() == 200);  // 100 deep
  for (const char* bad : {"", "{", "{\"a\" 1}", "{'a': 1}", "[1,]", "01", "1.", "+1", "nul", "\"\t\"", "\"\\x\"",
                          "[1] [2]", "{\"a\":1,}", "NaN", "\"\\u12\""})
    CHECK_THROWS_AS(json{bad}, ctql::error);
  CHECK_THROWS_AS(json{std::string(513, '[') + std::string(513, ']')}, ctql::error);  // deeper than 512
}

TEST_CASE("what uuid, decimal and json compare and assign with", "[value_types]") {
  using money = decimal<12, 2>;
  STATIC_REQUIRE(ctql::category_of<uuid>() == ctql::category::uuid);
  STATIC_REQUIRE(ctql::category_of<std::optional<money>>() == ctql::category::decimal);
  STATIC_REQUIRE(ctql::category_of<json>() == ctql::category::json);
  STATIC_REQUIRE(ctql::values_comparable<uuid, std::optional<uuid>>());
  STATIC_REQUIRE(!ctql::values_comparable<uuid, std::string>());
  STATIC_REQUIRE(!ctql::values_comparable<uuid, ctql::blob>());
  STATIC_REQUIRE(ctql::values_comparable<money, decimal<38, 2>>());   // the same scale
  STATIC_REQUIRE(!ctql::values_comparable<money, decimal<12, 3>>());
  STATIC_REQUIRE(!ctql::values_comparable<money, double>());
  STATIC_REQUIRE(!ctql::values_comparable<money, int>());
  STATIC_REQUIRE(!ctql::values_comparable<json, json>());
  STATIC_REQUIRE(!ctql::values_comparable<json, std::string>());
  STATIC_REQUIRE(ctql::values_accepted<std::optional<json>, json>());
  STATIC_REQUIRE(!ctql::values_accepted<json, std::string>());
  STATIC_REQUIRE(ctql::values_accepted<money, decimal<13, 2>>());
  STATIC_REQUIRE(!ctql::values_accepted<money, double>());
  STATIC_REQUIRE(!ctql::values_accepted<money, decimal<12, 4>>());
}

TEST_CASE("uuid, decimal and json columns per dialect", "[value_types][ddl]") {
  STATIC_REQUIRE(ctql::create_table<ctql::sqlite>(vt_goods) ==
                 R"(CREATE TABLE "vt_goods" ("id" INTEGER PRIMARY KEY, "ref" BLOB NOT NULL UNIQUE CHECK (length("ref") = 16), )"
                 R"("alt" BLOB CHECK (length("alt") = 16), "price" INTEGER NOT NULL CHECK ("price" BETWEEN -999999999999 AND 999999999999), )"
                 R"("rate" INTEGER CHECK ("rate" BETWEEN -999999999999999999 AND 999999999999999999), )"
                 R"("meta" TEXT NOT NULL CHECK (json_valid("meta")), "extra" TEXT CHECK ("extra" IS NULL OR json_valid("extra"))))");
  STATIC_REQUIRE(ctql::create_table<ctql::mariadb>(vt_goods) ==
                 "CREATE TABLE `vt_goods` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `ref` UUID NOT NULL UNIQUE, "
                 "`alt` UUID, `price` DECIMAL(12, 2) NOT NULL, `rate` DECIMAL(18, 6), `meta` JSON NOT NULL, `extra` JSON) "
                 "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  STATIC_REQUIRE(ctql::create_table<ctql::mysql>(vt_goods) ==
                 "CREATE TABLE `vt_goods` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `ref` CHAR(36) NOT NULL UNIQUE, "
                 "`alt` CHAR(36), `price` DECIMAL(12, 2) NOT NULL, `rate` DECIMAL(18, 6), `meta` JSON NOT NULL, `extra` JSON) "
                 "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  STATIC_REQUIRE(ctql::create_table<ctql::postgres>(vt_goods) ==
                 R"(CREATE TABLE "vt_goods" ("id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "ref" UUID NOT NULL UNIQUE, )"
                 R"("alt" UUID, "price" NUMERIC(12, 2) NOT NULL, "rate" NUMERIC(18, 6), "meta" JSONB NOT NULL, "extra" JSONB))");
}

TEST_CASE("decimal arithmetic and sum in SQL: scaled integers on SQLite", "[value_types][decimal]") {
  using namespace ctql;
  // price has scale 2, rate scale 6: on SQLite the price's units are multiplied by 10^4 to add.
  const auto q = select((vt_goods.price + vt_goods.rate).as<"total">(), (vt_goods.price * 3).as<"triple">(),
                        sum(vt_goods.price).as<"all">())
                     .from(vt_goods)
                     .group_by(vt_goods.price, vt_goods.rate);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT (("vt_goods"."price" * 10000) + "vt_goods"."rate") AS "total", ("vt_goods"."price" * ?) AS "triple", )"
                 R"(SUM("vt_goods"."price") AS "all" FROM "vt_goods" GROUP BY "vt_goods"."price", "vt_goods"."rate")");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT ("vt_goods"."price" + "vt_goods"."rate") AS "total", ("vt_goods"."price" * $1) AS "triple", )"
                 R"(SUM("vt_goods"."price") AS "all" FROM "vt_goods" GROUP BY "vt_goods"."price", "vt_goods"."rate")");
  using row = decltype(q)::row_type;
  // decimal<12, 2> + decimal<18, 6>: scale 6, 12 + 6 + 1 = 19 digits; times an int: 12 + 10 = 22
  // digits, scale 2; the sum: 38 digits, scale 2.
  STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<0, row>, std::optional<decimal<19, 6>>>);
  STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<1, row>, decimal<22, 2>>);
  STATIC_REQUIRE(std::is_same_v<std::tuple_element_t<2, row>, std::optional<decimal<38, 2>>>);
}

TEST_CASE("a JSON path is rendered per dialect", "[value_types][json]") {
  using namespace ctql;
  const auto q = select(vt_goods.meta.get<std::string>(json_path<"$.tags[1].name">).as<"tag">())
                     .from(vt_goods)
                     .where(vt_goods.meta.get<int>(json_path<"$.stock">) > 0);
  STATIC_REQUIRE(sql<sqlite>(q) ==
                 R"(SELECT json_extract("vt_goods"."meta", '$.tags[1].name') AS "tag" FROM "vt_goods" WHERE json_extract("vt_goods"."meta", '$.stock') > ?)");
  STATIC_REQUIRE(sql<mariadb>(q) ==
                 "SELECT JSON_VALUE(`vt_goods`.`meta`, '$.tags[1].name') AS `tag` FROM `vt_goods` WHERE CAST(JSON_VALUE(`vt_goods`.`meta`, '$.stock') AS DECIMAL(65, 30)) > ?");
  STATIC_REQUIRE(sql<postgres>(q) ==
                 R"(SELECT ("vt_goods"."meta" #>> '{tags,1,name}') AS "tag" FROM "vt_goods" WHERE CAST(("vt_goods"."meta" #>> '{stock}') AS BIGINT) > $1)");
  using row = decltype(q)::row_type;
  STATIC_REQUIRE(std::is_same_v<row, std::tuple<std::optional<std::string>>>);
  STATIC_REQUIRE(ctql::detail::json_path_well_formed("$"));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("$."));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("stock"));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("$.a b"));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("$[x]"));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("$.a'--"));
  STATIC_REQUIRE(!ctql::detail::json_path_well_formed("$.1a"));
}
