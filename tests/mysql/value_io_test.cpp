// Values on MySQL: read exactly or not at all. DECIMAL (what SUM and AVG give), unsigned and
// bit columns, long text and blobs fetched whole, dates and times to the microsecond.
#ifdef CTQL_TEST_MYSQL
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "mysql/support.hpp"

using namespace test;
using namespace ctql;
using namespace std::chrono;
using Catch::Contains;
using std::optional;
using std::string;

TEST_CASE("DECIMAL reads exactly into integers and as double", "[mysql][values]") {
  auto db = mysql_connect();
  CHECK(db(text<std::int64_t>("SELECT CAST(12345678901234 AS DECIMAL(30,0))")).first() ==
        std::tuple{std::int64_t{12345678901234}});
  CHECK(db(text<int>("SELECT CAST(-7 AS DECIMAL(10,3))")).first() == std::tuple{-7});  // -7.000
  CHECK_THROWS_WITH(db(text<int>("SELECT 2.5")).first(), Contains("fraction") && Contains("2.5"));
  CHECK(db(text<double>("SELECT 2.5")).first() == std::tuple{2.5});
  CHECK_THROWS_WITH(db(text<std::int64_t>("SELECT CAST('99999999999999999999' AS DECIMAL(30,0))")).first(),
                    Contains("out of range"));
  CHECK_THROWS_WITH(db(text<std::uint32_t>("SELECT CAST(-1 AS DECIMAL(5,0))")).first(), Contains("out of range"));
  CHECK(db(text<std::int64_t>("SELECT CAST('-9223372036854775808' AS DECIMAL(30,0))")).first() ==
        std::tuple{std::numeric_limits<std::int64_t>::min()});
  CHECK_THROWS_AS(db(text<float>("SELECT 0.1")).first(), ctql::error);  // a float cannot hold 0.1 exactly
}

TEST_CASE("integers keep their signedness and range", "[mysql][values]") {
  auto db = mysql_connect();
  constexpr auto max64 = std::numeric_limits<std::uint64_t>::max();
  CHECK(db(text<std::uint64_t>("SELECT CAST(18446744073709551615 AS UNSIGNED)")).first() == std::tuple{max64});
  CHECK_THROWS_WITH(db(text<std::int64_t>("SELECT CAST(18446744073709551615 AS UNSIGNED)")).first(),
                    Contains("18446744073709551615, out of range"));
  CHECK_THROWS_AS(db(text<double>("SELECT CAST(9007199254740993 AS SIGNED)")).first(), ctql::error);
  CHECK(db(text<double>("SELECT CAST(9007199254740992 AS SIGNED)")).first() == std::tuple{9007199254740992.0});
  CHECK(db(text<std::int8_t, std::uint8_t>("SELECT -128, 255")).first() == std::tuple{std::int8_t{-128}, std::uint8_t{255}});
  db.execute("CREATE TEMPORARY TABLE bits (wide BIT(16), flag BIT(1)); INSERT INTO bits VALUES (b'1000000000000001', b'1')");
  CHECK(db(text<std::uint16_t, bool>("SELECT wide, flag FROM bits")).first() == std::tuple{std::uint16_t{32769}, true});
  CHECK_THROWS_WITH(db(text<std::uint8_t>("SELECT wide FROM bits")).first(), Contains("32769, out of range"));
  CHECK_THROWS_AS(db(text<bool>("SELECT -1")).first(), ctql::error);
  CHECK(db(text<bool, bool>("SELECT 1 = 1, 1 = 2")).first() == std::tuple{true, false});
}

TEST_CASE("text and numbers do not turn into each other", "[mysql][values]") {
  auto db = mysql_connect();
  CHECK_THROWS_WITH(db(text<int>("SELECT '42'")).first(), Contains("holds VARCHAR") && Contains("an integer"));
  CHECK_THROWS_WITH(db(text<double>("SELECT '4.5'")).first(), Contains("a floating-point number"));
  CHECK_THROWS_WITH(db(text<string>("SELECT 4.5")).first(), Contains("holds DECIMAL"));
  CHECK_THROWS_WITH(db(text<string>("SELECT CAST('x' AS BINARY)")).first(), Contains("a string"));
  CHECK_THROWS_WITH(db(text<ctql::blob>("SELECT 'x'")).first(), Contains("a blob"));
  CHECK_THROWS_WITH(db(text<ctql::date>("SELECT CAST('2024-01-02 03:04:05' AS DATETIME)")).first(), Contains("a date"));
  CHECK_THROWS_WITH(db(text<ctql::timestamp>("SELECT CAST('2024-01-02' AS DATE)")).first(), Contains("a timestamp"));
  CHECK_THROWS_WITH(db(text<string>("SELECT CAST('10:00' AS TIME)")).first(), Contains("holds TIME"));
}

TEST_CASE("long text and blobs come back whole, row after row", "[mysql][values]") {
  auto db = mysql_fresh();
  const std::vector<std::size_t> lengths{10, 300, 60'000, 5, 65'535, 256, 257, 0, 40'000};  // TEXT holds 64 KiB
  auto make = [](std::size_t n, std::size_t seed) {
    string s(n, ' ');
    for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i * 7 + seed) % 26);
    return s;
  };
  auto bytes = [](std::size_t n) {
    ctql::blob b(n);
    for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::byte>(i * 31 % 256);
    return b;
  };
  const auto user = db(insert_into(users).set(users.name = "writer")).last_insert_id;
  for (std::size_t i = 0; i < lengths.size(); ++i)
    db(insert_into(posts).set(posts.user_id = user, posts.title = make(lengths[i], i), posts.created = ctql::timestamp{},
                              posts.class_ = "c"));
  std::size_t i = 0;
  for (auto [title] : db(select(posts.title).from(posts).order_by(posts.id))) {
    CHECK(title.size() == lengths[i]);
    CHECK(title == make(lengths[i], i));
    ++i;
  }
  CHECK(i == lengths.size());
  CHECK(std::get<0>(*db(text<string>("SELECT REPEAT('xyz', 100000)")).first()).size() == 300'000);
  for (std::size_t n : {std::size_t{0}, std::size_t{17}, std::size_t{200'000}})
    db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2},
                                samples.big = std::uint64_t{3}, samples.data = bytes(n), samples.at = ctql::timestamp{}));
  auto blobs = db(select(samples.data).from(samples).order_by(samples.id)).all();
  REQUIRE(blobs.size() == 3);
  CHECK(std::get<0>(blobs[0]).empty());
  CHECK(std::get<0>(blobs[1]) == bytes(17));
  CHECK(std::get<0>(blobs[2]) == bytes(200'000));
}

TEST_CASE("dates and timestamps keep every microsecond, before 1970 too", "[mysql][values]") {
  auto db = mysql_fresh();
  const ctql::timestamp early = sys_days{year{1900} / January / 1} + microseconds{1};
  const ctql::timestamp late = sys_days{year{9999} / December / 31} + hours{23} + minutes{59} + seconds{59} +
                               microseconds{999'999};
  for (auto at : {early, late})
    db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2},
                                samples.big = std::uint64_t{3}, samples.data = ctql::blob{}, samples.at = at,
                                samples.day = ctql::date{floor<days>(at)}));
  auto rows = db(select(samples.at, samples.day).from(samples).order_by(samples.at)).all();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::tuple{early, optional<ctql::date>{sys_days{year{1900} / January / 1}}});
  CHECK(rows[1] == std::tuple{late, optional<ctql::date>{sys_days{year{9999} / December / 31}}});
  CHECK(db(select(count()).from(samples).where(samples.at == early)).first() == std::tuple{std::int64_t{1}});
  const ctql::timestamp too_late = sys_days{year{10000} / January / 1};
  CHECK_THROWS_WITH(db(select(count()).from(samples).where(samples.at < too_late)).first(), Contains("does not fit"));
}

TEST_CASE("floats read exactly; a NULL column into a non-optional raises", "[mysql][values]") {
  auto db = mysql_fresh();
  db(insert_into(samples).set(samples.tiny = std::int8_t{1}, samples.small = std::uint16_t{2}, samples.big = std::uint64_t{3},
                              samples.data = ctql::blob{}, samples.at = ctql::timestamp{}, samples.weight = 0.1f,
                              samples.ratio = 0.1));
  CHECK(db(select(samples.weight).from(samples)).first() == std::tuple{optional<float>{0.1f}});
  CHECK(db(text<double>("SELECT weight FROM samples")).first() == std::tuple{double(0.1f)});
  CHECK_THROWS_WITH(db(text<float>("SELECT ratio FROM samples")).first(), Contains("read it as double"));
  CHECK_THROWS_WITH(db(text<ctql::date>("SELECT day FROM samples")).first(), Contains("is NULL") && Contains("std::optional"));
}
TEST_CASE("NaN and infinity are refused before they are sent", "[mysql][values]") {
  auto db = mysql_fresh();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  auto row = [&](double ratio, optional<float> weight) {
    return insert_into(samples).set(samples.ratio = ratio, samples.weight = weight, samples.tiny = 1,
                                    samples.small = 1, samples.big = 1, samples.data = blob{}, samples.at = timestamp{});
  };
  // MariaDB has no NaN or infinity. In strict mode a column refuses them with the server's
  // "Out of range value"; ctql refuses them itself, naming the value and the placeholder.
  CHECK_THROWS_WITH(db(row(nan, 1.0f)), Contains("placeholder 1 is NaN") && Contains("INSERT INTO `samples`"));
  CHECK_THROWS_WITH(db(row(1.0, std::numeric_limits<float>::infinity())), Contains("placeholder 2 is infinity"));
  CHECK_THROWS_WITH(db(row(-inf, std::nullopt)), Contains("is infinity"));
  // Where nothing refuses them they were silent: an expression made NaN 0 ...
  CHECK_THROWS_WITH(db(text<optional<string>>("SELECT CAST(:x AS CHAR)"), arg<"x">(nan)).first(), Contains("is NaN"));
  // ... a comparison with NaN matched no row, and a non-strict session stored 0 or FLT_MAX.
  CHECK_THROWS_WITH(db(select(count()).from(samples).where(samples.ratio == nan)).first(), Contains("is NaN"));
  db.execute("SET SESSION sql_mode = ''");
  CHECK_THROWS_WITH(db(row(nan, inf)), Contains("is NaN"));
  CHECK_THROWS_WITH(db(update(samples).set(samples.ratio = inf).unconditionally()), Contains("is infinity"));
  // Rows of values(range) too.
  using sample_row = std::tuple<double, std::int8_t, std::uint16_t, std::uint64_t, blob, timestamp>;
  std::vector<sample_row> rows{{1.0, 1, 1, 1, blob{}, timestamp{}}, {nan, 1, 1, 1, blob{}, timestamp{}}};
  auto insert_rows = [&](auto&& range) {
    return insert_into(samples)
        .columns(samples.ratio, samples.tiny, samples.small, samples.big, samples.data, samples.at)
        .values(range);
  };
  CHECK_THROWS_WITH(db(insert_rows(rows)), Contains("placeholder 7 is NaN"));
  CHECK(db(select(count()).from(samples)).first() == std::tuple{std::int64_t{0}});  // nothing was stored
  // The connection goes on; finite values are sent as they are.
  db(row(-1.5, 0.25f));
  CHECK(db(select(samples.ratio, samples.weight).from(samples)).first() == std::tuple{-1.5, optional<float>{0.25f}});
}

TEST_CASE("a double written to a FLOAT column reads back as the nearest float", "[mysql][values]") {
  auto db = mysql_fresh();
  auto write = [&](double w) {
    db.execute("DELETE FROM samples");
    db(insert_into(samples).set(samples.weight = w, samples.tiny = 1, samples.small = 1, samples.big = 1,
                                samples.data = blob{}, samples.at = timestamp{}));
    return std::get<0>(*db(select(samples.weight).from(samples)).first());
  };
  // FLOAT keeps a float: 0.1 comes back as 0.1f (0.100000001490116...), and reads as float exactly.
  CHECK(write(0.1) == optional<float>{0.1f});
  // 2^24 + 1 lies between the floats 2^24 and 2^24 + 2; ties go to the even one, 2^24.
  CHECK(write(16777217.0) == optional<float>{16777216.0f});
  CHECK(db(text<double>("SELECT weight FROM samples")).first() == std::tuple{16777216.0});
  // Beyond the largest float (3.4e38) ctql refuses the value before it is sent.
  CHECK_THROWS_WITH(write(1e39), Contains("range of a float"));
}
#endif
