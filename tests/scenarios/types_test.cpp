// Every value type round-trips exactly; what cannot be read exactly raises ctql::error.
#include <catch2/catch.hpp>

#include <chrono>
#include <limits>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using namespace std::chrono;
using std::optional;
using std::string;

TEMPLATE_LIST_TEST_CASE("every value type round-trips", "[scenario][types]", backends) {
  auto db = TestType::connect();
  const ctql::blob bytes{std::byte{0}, std::byte{0xff}, std::byte{'\''}, std::byte{0x7f}};
  const ctql::date day = sys_days{year{2024} / February / 29};
  const ctql::timestamp at = sys_days{year{1999} / December / 31} + hours{23} + minutes{59} + seconds{59} + microseconds{999999};
  db(insert_into(samples).set(samples.flag = false, samples.tiny = std::int8_t{-128}, samples.small = std::uint16_t{65535},
                              samples.big = std::uint64_t{9007199254740993}, samples.ratio = 0.1, samples.weight = 1.5f,
                              samples.label = "ünïcödé 'quoted'", samples.data = bytes, samples.day = day, samples.at = at));
  auto row = db(select(samples.flag, samples.tiny, samples.small, samples.big, samples.ratio, samples.weight,
                       samples.label, samples.data, samples.day, samples.at)
                    .from(samples))
                 .first();
  REQUIRE(row);
  CHECK(*row == std::tuple{false, std::int8_t{-128}, std::uint16_t{65535}, std::uint64_t{9007199254740993}, 0.1,
                           optional<float>{1.5f}, string("ünïcödé 'quoted'"), bytes, optional<ctql::date>{day}, at});
  CHECK(db(select(samples.id).from(samples).where(samples.at == at && samples.day == day)).all().size() == 1);
  CHECK(db(select(samples.id).from(samples).where(samples.at > at)).all().empty());
}

TEMPLATE_LIST_TEST_CASE("defaults apply when an insert leaves a column out", "[scenario][types]", backends) {
  auto db = TestType::connect();
  db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2}, samples.big = std::uint64_t{3},
                              samples.data = ctql::blob{}, samples.at = ctql::timestamp{}));
  auto row = db(select(samples.flag, samples.ratio, samples.label, samples.data, samples.weight).from(samples)).first();
  CHECK(*row == std::tuple{true, 2.5, string("it's"), ctql::blob{}, optional<float>{}});
}

TEMPLATE_LIST_TEST_CASE("NULL into a non-optional and out-of-range integers raise ctql::error", "[scenario][types]", backends) {
  auto db = TestType::connect();
  CHECK_THROWS_WITH(db(text<int>("SELECT NULL")).first(), Catch::Contains("NULL") && Catch::Contains("std::optional"));
  CHECK(db(text<optional<int>>("SELECT NULL")).first() == std::tuple{optional<int>{}});
  CHECK_THROWS_WITH(db(text<std::int32_t>("SELECT 3000000000")).first(), Catch::Contains("out of range"));
  CHECK(db(text<std::int64_t>("SELECT 3000000000")).first() == std::tuple{std::int64_t{3000000000}});
  CHECK_THROWS_AS(db(text<std::uint8_t>("SELECT -1")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<bool>("SELECT 2")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<string>("SELECT 1")).first(), ctql::error);  // no silent number-to-text
}

TEMPLATE_LIST_TEST_CASE("an integer outside its column's type is refused when written, on every path", "[scenario][types]", backends) {
  auto db = TestType::connect();
  db(insert_into(samples).set(samples.tiny = 1, samples.small = 2, samples.big = 3, samples.data = ctql::blob{},
                              samples.at = ctql::timestamp{}));
  // By hand: tiny is std::int8_t (-128..127), small std::uint16_t (0..65535), big std::uint64_t (no negatives).
  // Before, SQLite and PostgreSQL stored 300 in tiny and -1 in small: every later read of the row failed.
  const int too_big = 300;
  const int negative = -1;
  CHECK_THROWS_WITH(db(update(samples).set(samples.tiny = too_big).where(samples.id == 1)),
                    Catch::Contains("the integer 300 is out of range of its column's type (-128 to 127)"));
  CHECK_THROWS_WITH(db(update(samples).set(samples.small = negative).where(samples.id == 1)),
                    Catch::Contains("the integer -1 is out of range of its column's type (0 to 65535)"));
  CHECK_THROWS_WITH(db(update(samples).set(samples.big = std::int64_t{-5}).where(samples.id == 1)),
                    Catch::Contains("the integer -5 is out of range"));
  auto set_tiny = db.prepare(update(samples).set(samples.tiny = param<"v">).where(samples.id == 1));
  CHECK_THROWS_WITH(set_tiny(too_big), Catch::Contains("the integer 300 is out of range"));
  CHECK(set_tiny(-128).rows_affected == 1);  // the edge fits
  const std::vector<std::tuple<int, int, int, ctql::blob, ctql::timestamp>> rows{{5, 6, 7, {}, {}}, {8, 70000, 9, {}, {}}};
  CHECK_THROWS_WITH(db(insert_into(samples).columns(samples.tiny, samples.small, samples.big, samples.data, samples.at).values(rows)),
                    Catch::Contains("the integer 70000 is out of range"));
  // Nothing changed: the one row, as first written and then set to -128.
  CHECK(db(select(count(), min(samples.tiny), max(samples.small)).from(samples)).first() ==
        std::tuple{std::int64_t{1}, optional<std::int8_t>{-128}, optional<std::uint16_t>{2}});
}

TEMPLATE_LIST_TEST_CASE("an empty string is not NULL, streamed or read whole", "[scenario][types]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "", users.age = 1, users.email = ""));
  db(insert_into(users).set(users.name = "x", users.age = 2, users.email = std::nullopt));
  const auto query = select(users.name, users.email).from(users).order_by(users.age);
  using row = std::tuple<string, optional<string>>;
  const std::vector<row> expected{{"", optional<string>("")}, {"x", std::nullopt}};
  CHECK(db(query).all() == expected);  // read whole
  std::vector<row> streamed;
  for (auto r : db(query)) streamed.push_back(r);
  CHECK(streamed == expected);
  CHECK_THROWS_WITH(db(text<string>("SELECT NULL")).first(), Catch::Contains("NULL"));
}

TEMPLATE_LIST_TEST_CASE("a number written to a float column reads back; what a float type cannot hold is refused",
                        "[scenario][types]", backends) {
  auto db = TestType::connect();
  auto add = [&](auto weight) {
    return db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2},
                                       samples.big = std::uint64_t{3}, samples.data = ctql::blob{},
                                       samples.at = ctql::timestamp{}, samples.weight = weight));
  };
  // 0.1 as a double is not a float; the float column holds float(0.1) and reads back as that.
  const auto id = add(0.1).last_insert_id;
  CHECK(db(select(samples.weight).from(samples).where(samples.id == id)).first() == std::tuple{optional<float>{0.1f}});
  // 2^24 + 1 = 16777217 is the first integer a float cannot hold (24-bit significand).
  CHECK_THROWS_WITH(add(16777217), Catch::Contains("16777217") && Catch::Contains("float"));
  CHECK(add(16777216).rows_affected == 1);
  // 1e300 is far beyond float's maximum (about 3.4e38): refused, not stored as infinity.
  CHECK_THROWS_WITH(add(1e300), Catch::Contains("range of a float"));
  // 1e-46 is below the smallest float (about 1.4e-45): it would be stored as 0.
  CHECK_THROWS_WITH(add(1e-46), Catch::Contains("too small for a float"));
  // 2^53 + 1 = 9007199254740993 is the first integer a double cannot hold (53-bit significand).
  CHECK_THROWS_WITH(db(update(samples).set(samples.ratio = std::int64_t{9007199254740993}).unconditionally()),
                    Catch::Contains("9007199254740993") && Catch::Contains("double"));
  // Prepared: a float parameter takes a double as a float, and refuses an integer it cannot hold.
  auto set_weight = db.prepare(update(samples).set(samples.weight = param<"w">).where(samples.id == id));
  CHECK(set_weight(0.3).rows_affected == 1);
  CHECK(db(select(samples.weight).from(samples).where(samples.id == id)).first() == std::tuple{optional<float>{0.3f}});
  CHECK_THROWS_WITH(set_weight(16777217), Catch::Contains("16777217"));
  // values(range): a double per row into the float column.
  auto rows = std::vector<std::tuple<std::int8_t, std::uint16_t, std::uint64_t, ctql::blob, ctql::timestamp, double>>{
      {std::int8_t{9}, std::uint16_t{2}, std::uint64_t{3}, ctql::blob{}, ctql::timestamp{}, 0.7}};
  db(insert_into(samples).columns(samples.tiny, samples.small, samples.big, samples.data, samples.at, samples.weight).values(rows));
  CHECK(db(select(samples.weight).from(samples).where(samples.tiny == 9)).first() == std::tuple{optional<float>{0.7f}});
}
