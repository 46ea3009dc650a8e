// Rule: a migration step in C++ is called as step(db) with each connection type of its list.
// CTQL-EXPECT-ERROR: ctql: a migration step written in C\+\+ is called as step\(db\) with each connection type
// CTQL-EXPECT-FIRST-ERROR: ctql: a migration step written in C\+\+ is called as step\(db\) with each connection type
// CTQL-FIX: Write the step as `[](auto& db) { ... }` (or taking each named connection type by reference).
#include <ctql/migrations.hpp>

namespace {
struct app_connection {
  using dialect = ctql::sqlite;
};
}  // namespace

void code_step_is_not_callable_with_the_connection() {
#ifdef CTQL_COMPILE_FAIL
  ctql::migrations<app_connection> m{{1, "fill", "v1", [](int version) { (void)version; }}};
#else
  ctql::migrations<app_connection> m{{1, "fill", "v1", [](app_connection&) {}}};
#endif
  (void)m;
}
