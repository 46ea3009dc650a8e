#pragma once
// Days since 1970-01-01 to and from a year, month and day of the proleptic Gregorian calendar,
// the calendar std::chrono::year_month_day and SQL dates use. Written out here so that reading and
// writing dates does not need <chrono>'s calendar (see chrono_types.hpp).
#include <cstdint>

#include "ctql/core/schema/value_types.hpp"

namespace ctql {

struct civil_date {
  int year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31

  /// Whether the day exists (the 30th of February does not).
  constexpr bool ok() const {
    if (month < 1 || month > 12 || day < 1) return false;
    constexpr unsigned char lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= (month == 2 && leap ? 29u : lengths[month - 1]);
  }
};

namespace detail {
// Counting in 400-year eras that start on March 1st puts the leap day at the end of each year,
// so a year's days are 153-day blocks of five months (31+30+31+30+31) and need no month table.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
}  // namespace detail

/// The date `days` days after 1970-01-01 (before it when negative).
constexpr civil_date to_civil(std::int64_t days) {
  const std::int64_t z = days + 719'468;  // days from 0000-03-01 to 1970-01-01
  const std::int64_t era = detail::floor_div(z, 146'097);
  const std::int64_t day_of_era = z - era * 146'097;                                                   // 0..146096
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;  // 0..399
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);  // 0..365, from March 1st
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;                                     // 0..11
  const auto day = static_cast<unsigned>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const auto month = static_cast<unsigned>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const std::int64_t year = year_of_era + era * 400 + (month <= 2);
  return {static_cast<int>(year), month, day};
}

/// Days from 1970-01-01 to `d`; `d` must be ok().
constexpr std::int64_t to_days(civil_date d) {
  const std::int64_t year = d.year - (d.month <= 2);  // years start on March 1st here
  const std::int64_t era = detail::floor_div(year, 400);
  const std::int64_t year_of_era = year - era * 400;                                                   // 0..399
  const std::int64_t month_from_march = d.month > 2 ? d.month - 3 : d.month + 9;                       // 0..11
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;                       // 0..365
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // 0..146096
  return era * 146'097 + day_of_era - 719'468;
}

constexpr civil_date to_civil(date d) { return to_civil(static_cast<std::int64_t>(d.time_since_epoch().count())); }
constexpr date to_date(civil_date d) { return date{date::duration{to_days(d)}}; }

}  // namespace ctql
