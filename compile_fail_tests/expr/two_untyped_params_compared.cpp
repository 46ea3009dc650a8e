// Rule: a param<> takes its type from the other side of the comparison; two param<>s leave it unknown.
// CTQL-EXPECT-ERROR: ctql: a param<> needs a type from the other side
// CTQL-FIX: Compare a param<> with a column or an expression of a known type, e.g. `users.age >= param<"min">`.
#include "support/schema.hpp"

void two_untyped_params_compared() {
  using namespace test;
  [[maybe_unused]] auto typed = users.age >= ctql::param<"min_age">;
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::param<"low"> < ctql::param<"high">;
#endif
}
