// The documented use of <ctql/core/schema/time_of_day.hpp>: `ctql::time_of_day t{13h + 5min};`,
// `to_string(t)` is "13:05:00.000000". Built in ALL by tests/headers/CMakeLists.txt.
#include "ctql/core/schema/time_of_day.hpp"

#include <chrono>

namespace time_of_day_use {
using namespace std::chrono_literals;
static_assert(ctql::time_of_day{13h + 5min}.since_midnight() == 13h + 5min);
static_assert(ctql::time_of_day::parse("23:59:59.999999")->since_midnight() == 24h - 1us);
static_assert(!ctql::time_of_day::parse("24:00:00"));
}  // namespace time_of_day_use
