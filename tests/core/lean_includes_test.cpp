// What a program that runs statements on SQLite compiles: <ctql/sqlite.hpp> must not bring the
// standard headers that ctql keeps out for compile time (core/meta/lean_std.hpp: <chrono>'s
// calendars and iostreams, <ranges>' views, <functional>, <algorithm>; the statement cache's
// <unordered_map> and <list>; the session's <map> and <mutex>). Checked before anything else is
// included, as the build: a header that brings one back fails to compile here, naming it.
#include <ctql/sqlite.hpp>

#if defined(__GLIBCXX__) && !defined(CTQL_FULL_STANDARD_HEADERS)
#ifdef _GLIBCXX_CHRONO
#error "<ctql/sqlite.hpp> includes <chrono>: use ctql/core/meta/lean_std.hpp"
#endif
#ifdef _GLIBCXX_RANGES
#error "<ctql/sqlite.hpp> includes <ranges>: use ctql/core/meta/lean_std.hpp"
#endif
#ifdef _GLIBCXX_FUNCTIONAL
#error "<ctql/sqlite.hpp> includes <functional>: use ctql/core/meta/lean_std.hpp"
#endif
#ifdef _GLIBCXX_ALGORITHM
#error "<ctql/sqlite.hpp> includes <algorithm>: use ctql/core/meta/lean_std.hpp"
#endif
#ifdef _GLIBCXX_SSTREAM
#error "<ctql/sqlite.hpp> includes <sstream>"
#endif
#ifdef _GLIBCXX_UNORDERED_MAP
#error "<ctql/sqlite.hpp> includes <unordered_map>: the statement cache keeps it in its slow paths"
#endif
#ifdef _GLIBCXX_LIST
#error "<ctql/sqlite.hpp> includes <list>: the statement cache keeps it in its slow paths"
#endif
#ifdef _GLIBCXX_MAP
#error "<ctql/sqlite.hpp> includes <map>: the session is in <ctql/orm.hpp>"
#endif
#ifdef _GLIBCXX_MUTEX
#error "<ctql/sqlite.hpp> includes <mutex>: the session is in <ctql/orm.hpp>"
#endif
#endif

#include <catch2/catch.hpp>

#include <chrono>

namespace {
struct things_t : ctql::table<things_t, "things"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"day", ctql::date> day;
};
constexpr things_t things{};
}  // namespace

TEST_CASE("without <chrono>'s calendar in ctql's headers, dates still round-trip through SQLite") {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(things);
  // 2024-02-29 (a leap day) and 1969-12-31 (the day before the epoch, day -1).
  const ctql::date leap = std::chrono::sys_days{std::chrono::year{2024} / 2 / 29};
  const ctql::date before_epoch = std::chrono::sys_days{std::chrono::year{1969} / 12 / 31};
  db(ctql::insert_into(things).set(things.id = 1, things.day = leap));
  db(ctql::insert_into(things).set(things.id = 2, things.day = before_epoch));
  // SQLite stores dates as 'YYYY-MM-DD' text: the text is checked, not only the round trip.
  auto texts = db(ctql::text<std::string>("SELECT day FROM things ORDER BY id")).all();
  REQUIRE(texts.size() == 2);
  CHECK(std::get<0>(texts[0]) == "2024-02-29");
  CHECK(std::get<0>(texts[1]) == "1969-12-31");
  auto days = db(ctql::select(things.day).from(things).order_by(things.id)).all();
  REQUIRE(days.size() == 2);
  CHECK(std::get<0>(days[0]) == leap);
  CHECK(std::get<0>(days[1]) == before_epoch);
}
