// Rule: a date has no time of day.
// CTQL-EXPECT-ERROR: ctql: a ctql::date has no hour, minute or second
// CTQL-FIX: Extract hour, minute and second from a ctql::timestamp; a ctql::date has year, month and day only.
#include <string>

#include "support/schema.hpp"

void extract_hour_of_date() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = extract<"day">(samples.day);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = extract<"hour">(samples.day);
#endif
}
