// Rule: preceding<N>() and following<N>() take a non-negative integer constant.
// CTQL-EXPECT-ERROR: ctql: preceding<N>\(\) and following<N>\(\) take a non-negative integer constant
// CTQL-FIX: Give preceding<N>()/following<N>() a non-negative N; swap preceding and following for the other direction.
#include "support/schema.hpp"

void frame_offset_negative() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = preceding<0>();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = following<-1>();
#endif
}
