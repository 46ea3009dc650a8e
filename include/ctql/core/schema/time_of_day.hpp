#pragma once
// ctql::time_of_day: a time of day to the microsecond, 00:00:00 to 23:59:59.999999, what SQL's
// TIME(6) holds; its text is 'HH:MM:SS.ffffff', fixed width, so that text order is time order.
#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/meta/lean_std.hpp"

namespace ctql {

/// `ctql::time_of_day t{13h + 5min};`, `ctql::time_of_day{"23:59:59.999999"}`, `to_string(t)`.
class time_of_day {
 public:
  using duration = std::chrono::microseconds;
  static constexpr duration day = std::chrono::hours{24};

  constexpr time_of_day() = default;
  /// Since midnight; ctql::error unless it is within [0, 24h). Coarser durations convert exactly.
  constexpr time_of_day(duration since_midnight) : since_midnight_(since_midnight) {
    if (since_midnight < duration{0} || since_midnight >= day)
      throw error("a time of day is from 00:00:00 to 23:59:59.999999; " + std::to_string(since_midnight.count()) +
                  " microseconds after midnight is not one");
  }
  /// 'HH:MM:SS' with up to six digits of fraction; ctql::error if it is not a time of day.
  explicit time_of_day(std::string_view text) {
    const auto parsed = parse(text);
    if (!parsed) throw error("'" + std::string(text) + "' is not a time of day (HH:MM:SS[.ffffff], 00:00:00 to 23:59:59.999999)");
    since_midnight_ = parsed->since_midnight_;
  }

  constexpr duration since_midnight() const { return since_midnight_; }

  /// The time 'HH:MM:SS[.f...]' (1 to 6 fraction digits) denotes, or nothing.
  static constexpr std::optional<time_of_day> parse(std::string_view s) {
    auto digits = [&](std::size_t n, long long& out) {
      if (s.size() < n) return false;
      out = 0;
      for (std::size_t i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
      }
      s.remove_prefix(n);
      return true;
    };
    auto colon = [&] {
      if (s.empty() || s.front() != ':') return false;
      s.remove_prefix(1);
      return true;
    };
    long long h = 0, m = 0, sec = 0, micros = 0;
    if (!digits(2, h) || !colon() || !digits(2, m) || !colon() || !digits(2, sec)) return std::nullopt;
    if (!s.empty()) {
      if (s.front() != '.' || s.size() < 2 || s.size() > 7) return std::nullopt;
      s.remove_prefix(1);
      const std::size_t n = s.size();
      if (!digits(n, micros)) return std::nullopt;
      for (std::size_t i = n; i < 6; ++i) micros *= 10;
    }
    if (h > 23 || m > 59 || sec > 59) return std::nullopt;
    time_of_day t;
    t.since_midnight_ = duration{((h * 60 + m) * 60 + sec) * 1'000'000 + micros};
    return t;
  }

  friend constexpr bool operator==(time_of_day, time_of_day) = default;
  friend constexpr auto operator<=>(time_of_day, time_of_day) = default;

 private:
  duration since_midnight_{0};
};

/// 'HH:MM:SS.ffffff', always 15 characters.
inline std::string to_string(time_of_day t) {
  long long v = t.since_midnight().count();
  std::string s = "00:00:00.000000";
  auto put = [&](std::size_t end, int width, long long value) {
    for (int i = 0; i < width; ++i, value /= 10) s[end - static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  };
  put(14, 6, v % 1'000'000);
  v /= 1'000'000;
  put(7, 2, v % 60);
  put(4, 2, v / 60 % 60);
  put(1, 2, v / 3600);
  return s;
}

}  // namespace ctql
