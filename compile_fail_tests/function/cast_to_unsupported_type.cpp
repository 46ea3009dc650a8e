// Rule: cast<T>() takes a signed integer, double, std::string or ctql::date.
// CTQL-EXPECT-ERROR: ctql: cast<T>\(\) takes T = a signed integer type
// CTQL-FIX: Cast to a signed integer type, double, std::string or ctql::date.
#include <string>

#include "support/schema.hpp"

void cast_to_unsupported_type() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = cast<double>(users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = cast<ctql::timestamp>(users.name);
#endif
}
