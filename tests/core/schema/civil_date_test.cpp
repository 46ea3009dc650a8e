// ctql::civil_date against the standard library's calendar, which is written independently of it:
// every day from the year -1000 to 10000 (4 million days) converts the same both ways.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>

#include <ctql/core/schema/civil_date.hpp>

TEST_CASE("to_civil and to_days agree with std::chrono::year_month_day on every day of 11000 years") {
  using namespace std::chrono;
  const auto first = sys_days{year{-1000} / January / 1}.time_since_epoch().count();
  const auto last = sys_days{year{10000} / December / 31}.time_since_epoch().count();
  std::int64_t mismatches = 0;
  for (auto n = first; n <= last; ++n) {
    const year_month_day expected{sys_days{days{n}}};
    const ctql::civil_date got = ctql::to_civil(n);
    if (got.year != static_cast<int>(expected.year()) || got.month != static_cast<unsigned>(expected.month()) ||
        got.day != static_cast<unsigned>(expected.day()) || ctql::to_days(got) != n || !got.ok())
      ++mismatches;
  }
  CHECK(mismatches == 0);
}

TEST_CASE("civil dates worked out by hand") {
  // 1970-01-01 is day 0; 2000-03-01 is 30 years (7 of them leap: 72 76 80 84 88 92 96) plus Jan+Feb 2000
  // (31 + 29) days later: 30*365 + 7 + 60 = 11017.
  STATIC_REQUIRE(ctql::to_days({1970, 1, 1}) == 0);
  STATIC_REQUIRE(ctql::to_days({2000, 3, 1}) == 11017);
  STATIC_REQUIRE(ctql::to_days({1969, 12, 31}) == -1);
  STATIC_REQUIRE(ctql::to_civil(std::int64_t{11016}).day == 29);  // 2000 is a leap year (divisible by 400)
  // 1900 is not a leap year (divisible by 100, not 400); 2024 is.
  STATIC_REQUIRE(!ctql::civil_date{1900, 2, 29}.ok());
  STATIC_REQUIRE(ctql::civil_date{2024, 2, 29}.ok());
  STATIC_REQUIRE(!ctql::civil_date{2023, 4, 31}.ok());
  STATIC_REQUIRE(!ctql::civil_date{2023, 13, 1}.ok());
  STATIC_REQUIRE(!ctql::civil_date{2023, 0, 1}.ok());
}
