// Rule: extract<>() reads a date or a timestamp.
// CTQL-EXPECT-ERROR: ctql: extract<part>\(\) reads a part of a ctql::date or ctql::timestamp
// CTQL-FIX: Give extract<part>() a ctql::date or ctql::timestamp column or value (`cast<ctql::date>(text)` first).
#include <string>

#include "support/schema.hpp"

void extract_of_string_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = extract<"year">(posts.created);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = extract<"year">(posts.title);
#endif
}
