// Rule: lag<N>() and lead<N>() take a non-negative integer constant.
// CTQL-EXPECT-ERROR: ctql: lag<N>\(\) and lead<N>\(\) take a non-negative integer constant
// CTQL-FIX: Give lag<N>()/lead<N>() a non-negative N; use the other function for the other direction.
#include "support/schema.hpp"

void lag_offset_negative() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = lag<3>(users.age);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = lag<-1>(users.age);
#endif
}
