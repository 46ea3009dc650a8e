// Values in and out, exactly: typed parameters, NUMERIC, floats, dates and timestamps, bytea.
#ifdef CTQL_TEST_POSTGRES
#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <ctql/postgres.hpp>

#include "scenarios/postgres_backend.hpp"
#include "support/schema.hpp"

using namespace test;
using namespace ctql;
using namespace std::chrono;
using std::optional;
using std::string;

TEST_CASE("PostgreSQL: parameters carry their types, so they need no casts", "[postgres][types]") {
  auto db = postgres_connect();
  CHECK(db(text<std::int64_t>("SELECT :v"), arg<"v">(std::int64_t{-5})).first() == std::tuple{std::int64_t{-5}});
  CHECK(db(text<int>("SELECT :v"), arg<"v">(7)).first() == std::tuple{7});
  CHECK(db(text<std::int16_t>("SELECT :v"), arg<"v">(std::int16_t{-300})).first() == std::tuple{std::int16_t{-300}});
  CHECK(db(text<string>("SELECT :v"), arg<"v">("text")).first() == std::tuple{string("text")});
  CHECK(db(text<string>("SELECT :v"), arg<"v">(string())).first() == std::tuple{string()});  // empty, not NULL
  CHECK(db(text<optional<string>>("SELECT :v"), arg<"v">(optional<string>{})).first() == std::tuple{optional<string>{}});
  CHECK(db(text<bool>("SELECT :v"), arg<"v">(true)).first() == std::tuple{true});
  CHECK(db(text<double>("SELECT :v"), arg<"v">(0.1)).first() == std::tuple{0.1});
  CHECK(db(text<float>("SELECT :v"), arg<"v">(0.1f)).first() == std::tuple{0.1f});
  CHECK(db(text<std::uint64_t>("SELECT :v"), arg<"v">(std::numeric_limits<std::uint64_t>::max())).first() ==
        std::tuple{std::numeric_limits<std::uint64_t>::max()});
  CHECK(db(text<string>("SELECT CASE WHEN :c THEN :a ELSE :b END"), arg<"c">(false), arg<"a">("x"), arg<"b">("y")).first() ==
        std::tuple{string("y")});
  CHECK(db(text<string>("SELECT :a || :a"), arg<"a">("ab")).first() == std::tuple{string("abab")});
  CHECK_THROWS_WITH(db(text<int>("SELECT :a + :b"), arg<"a">(1)), Catch::Contains(":b") && Catch::Contains("no ctql::arg"));
  CHECK(db(text<int>("SELECT 1 WHERE ':x' = ':x'")).first() == std::tuple{1});
  db.drop_all(posts, users);
  db.create_all(users);
  db(insert_into(users).set(users.name = "a", users.age = 2));
  CHECK(db(select(case_when(users.age > 1, "old").else_("young")).from(users)).all() ==
        std::vector<std::tuple<string>>{{"old"}});
}

TEST_CASE("PostgreSQL: NUMERIC reads exactly into integers, or into double", "[postgres][types]") {
  auto db = postgres_connect();
  CHECK(db(text<std::int64_t>("SELECT sum(x) FROM (VALUES (9223372036854775806::bigint), (1::bigint)) v(x)")).first() ==
        std::tuple{std::numeric_limits<std::int64_t>::max()});
  CHECK_THROWS_WITH(
      db(text<std::int64_t>("SELECT sum(x) FROM (VALUES (9223372036854775807::bigint), (1::bigint)) v(x)")).first(),
      Catch::Contains("9223372036854775808") && Catch::Contains("out of range"));
  CHECK(db(text<std::int64_t>("SELECT -9223372036854775808::numeric")).first() ==
        std::tuple{std::numeric_limits<std::int64_t>::min()});
  CHECK(db(text<std::uint64_t>("SELECT 18446744073709551615::numeric")).first() ==
        std::tuple{std::numeric_limits<std::uint64_t>::max()});
  CHECK(db(text<int>("SELECT 100000000::numeric(20, 4)")).first() == std::tuple{100000000});
  CHECK(db(text<int>("SELECT avg(x) FROM (VALUES (2), (4)) v(x)")).first() == std::tuple{3});  // 3.0000000000000000
  CHECK_THROWS_WITH(db(text<int>("SELECT 2.5::numeric")).first(), Catch::Contains("2.5") && Catch::Contains("not an integer"));
  CHECK_THROWS_WITH(db(text<std::uint8_t>("SELECT -1::numeric")).first(), Catch::Contains("out of range"));
  CHECK(db(text<double>("SELECT avg(x) FROM (VALUES (1), (2)) v(x)")).first() == std::tuple{1.5});
  CHECK(db(text<double>("SELECT 0.1::numeric")).first() == std::tuple{0.1});
  CHECK(db(text<double>("SELECT -12345.000678::numeric")).first() == std::tuple{-12345.000678});
  CHECK(db(text<double>("SELECT 0.000001::numeric")).first() == std::tuple{0.000001});
  CHECK(db(text<optional<double>>("SELECT avg(x) FROM (VALUES (1)) v(x) WHERE false")).first() ==
        std::tuple{optional<double>{}});
}

TEST_CASE("PostgreSQL: NUMERIC above 2^53 read into double is refused, as a bigint is", "[postgres][types]") {
  auto db = postgres_connect();
  // 2^53 = 9007199254740992: every integer up to it is a double; 2^53 + 1 is not (it would read as 2^53).
  CHECK(db(text<double>("SELECT 9007199254740992::numeric")).first() == std::tuple{9007199254740992.0});
  CHECK(db(text<double>("SELECT -9007199254740992::numeric")).first() == std::tuple{-9007199254740992.0});
  CHECK_THROWS_WITH(db(text<double>("SELECT 9007199254740993::numeric")).first(),
                    Catch::Contains("9007199254740993") && Catch::Contains("double cannot hold exactly"));
  CHECK_THROWS_WITH(db(text<double>("SELECT -9007199254740993::numeric")).first(),
                    Catch::Contains("double cannot hold exactly"));
  // The bigint rule is by magnitude, so the NUMERIC rule is too: 2^60 is refused although a double holds it,
  // as are a fraction just past 2^53, a number past 2^64 and 1e300.
  CHECK_THROWS_AS(db(text<double>("SELECT 1152921504606846976::bigint")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<double>("SELECT 1152921504606846976::numeric")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<double>("SELECT 9007199254740992.5::numeric")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<double>("SELECT 100000000000000000000::numeric")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<double>("SELECT 1e300::numeric")).first(), ctql::error);
  // SUM of bigint is NUMERIC: 2^52 + 2^52 = 2^53 reads; 2^53 + 1 does not.
  CHECK(db(text<double>("SELECT sum(x) FROM (VALUES (4503599627370496::bigint), (4503599627370496)) v(x)")).first() ==
        std::tuple{9007199254740992.0});
  CHECK_THROWS_AS(db(text<double>("SELECT sum(x) FROM (VALUES (9007199254740992::bigint), (1)) v(x)")).first(),
                  ctql::error);
  // Below 2^53 a fraction reads as its nearest double; NaN stays NaN.
  CHECK(db(text<double>("SELECT 9007199254740991.25::numeric")).first() == std::tuple{9007199254740991.0});
  CHECK(db(text<double>("SELECT 0.1::numeric")).first() == std::tuple{0.1});
}

TEST_CASE("PostgreSQL: a value of another type is an error, not a conversion", "[postgres][types]") {
  auto db = postgres_connect();
  CHECK_THROWS_WITH(db(text<int>("SELECT 'x'")).first(), Catch::Contains("holds text"));
  CHECK_THROWS_WITH(db(text<string>("SELECT 1")).first(), Catch::Contains("holds integer"));
  CHECK_THROWS_WITH(db(text<bool>("SELECT 1")).first(), Catch::Contains("bool"));
  CHECK_THROWS_AS(db(text<int>("SELECT 1.5::float8")).first(), ctql::error);
  CHECK_THROWS_WITH(db(text<float>("SELECT 0.1::float8")).first(), Catch::Contains("float"));
  CHECK(db(text<double>("SELECT 0.1::float4")).first() == std::tuple{static_cast<double>(0.1f)});
  CHECK(db(text<double>("SELECT 9007199254740992::bigint")).first() == std::tuple{9007199254740992.0});
  CHECK_THROWS_WITH(db(text<double>("SELECT 9007199254740993::bigint")).first(), Catch::Contains("exactly"));
  CHECK_THROWS_AS(db(text<ctql::blob>("SELECT 'x'::text")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<ctql::date>("SELECT '2000-01-01 00:00'::timestamp")).first(), ctql::error);
  CHECK_THROWS_AS(db(text<ctql::timestamp>("SELECT '2000-01-01'::date")).first(), ctql::error);
}

TEST_CASE("PostgreSQL: dates and timestamps are exact to the microsecond", "[postgres][types]") {
  auto db = postgres_connect();
  const ctql::timestamp at = sys_days{year{1969} / July / 20} + hours{20} + minutes{17} + seconds{40} + microseconds{123456};
  CHECK(db(text<ctql::timestamp>("SELECT '1969-07-20 20:17:40.123456'::timestamp")).first() == std::tuple{at});
  CHECK(db(text<string>("SELECT :t::text"), arg<"t">(at)).first() == std::tuple{string("1969-07-20 20:17:40.123456")});
  CHECK(db(text<ctql::timestamp>("SELECT :t"), arg<"t">(at)).first() == std::tuple{at});
  const ctql::date day = sys_days{year{1} / January / 1};
  CHECK(db(text<ctql::date>("SELECT '0001-01-01'::date")).first() == std::tuple{day});
  CHECK(db(text<ctql::date>("SELECT :d"), arg<"d">(day)).first() == std::tuple{day});
  const ctql::date far = sys_days{year{9999} / December / 31};
  CHECK(db(text<ctql::date>("SELECT :d + 0"), arg<"d">(far)).first() == std::tuple{far});
  // timestamptz is an instant: read in UTC whatever the session's time zone.
  db.execute("SET TIME ZONE 'Asia/Kolkata'");
  CHECK(db(text<ctql::timestamp>("SELECT '2000-01-01 05:30:00+05:30'::timestamptz")).first() ==
        std::tuple{ctql::timestamp{sys_days{year{2000} / January / 1}}});
  CHECK_THROWS_WITH(db(text<ctql::timestamp>("SELECT 'infinity'::timestamp")).first(), Catch::Contains("infinite"));
  CHECK_THROWS_WITH(db(text<ctql::date>("SELECT '-infinity'::date")).first(), Catch::Contains("infinite"));
}

TEST_CASE("PostgreSQL: bytea keeps every byte", "[postgres][types]") {
  auto db = postgres_connect();
  ctql::blob all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<std::byte>(b));
  CHECK(db(text<ctql::blob>("SELECT :b"), arg<"b">(all_bytes)).first() == std::tuple{all_bytes});
  CHECK(db(text<std::int64_t>("SELECT length(:b)"), arg<"b">(all_bytes)).first() == std::tuple{std::int64_t{256}});
  CHECK(db(text<ctql::blob>("SELECT ''::bytea")).first() == std::tuple{ctql::blob{}});
}

namespace {
/// A range whose elements are temporaries, as a transform view's are (clang 14 cannot compile
/// libstdc++ 12's <ranges> views, so this is written out).
template <class Make>
struct generated {
  int count;
  Make make;
  struct iterator {
    using value_type = decltype(std::declval<Make>()(0));
    using difference_type = std::ptrdiff_t;
    const generated* g = nullptr;
    int i = 0;
    value_type operator*() const { return g->make(i); }
    iterator& operator++() {
      ++i;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++i;
      return before;
    }
    bool operator==(const iterator& other) const { return i == other.i; }
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, count}; }
};
template <class Make>
generated(int, Make) -> generated<Make>;

string long_name(int i) { return "a fairly long name, longer than SSO " + std::to_string(i); }
}  // namespace

TEST_CASE("PostgreSQL: values from a range of temporaries are copied before they are sent", "[postgres][types]") {
  auto db = postgres_connect();
  db.drop_all(posts, users);
  db.create_all(users);
  const generated rows{3000, [](int i) { return std::tuple<string, int>{long_name(i), i}; }};
  CHECK(db(insert_into(users).columns(users.name, users.age).values(rows)).rows_affected == 3000);
  CHECK(db(select(users.name).from(users).where(users.age == 2999)).first() == std::tuple{long_name(2999)});
  const generated names{3, [](int i) { return long_name(i); }};
  CHECK(db(select(users.age).from(users).where(users.name.in(names)).order_by(users.age)).all() ==
        std::vector<std::tuple<int>>{{0}, {1}, {2}});
}

#endif
