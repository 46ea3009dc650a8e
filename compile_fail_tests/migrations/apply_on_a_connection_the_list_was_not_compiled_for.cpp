// Rule: a list with C++ steps applies on the connection types it names (or types derived from them).
// CTQL-EXPECT-ERROR: ctql: this migration list has steps in C\+\+ compiled for other connection types
// CTQL-EXPECT-FIRST-ERROR: ctql: this migration list has steps in C\+\+ compiled for other connection types
// CTQL-FIX: Name this connection's type in the list, `ctql::migrations<ctql::sqlite::connection, other_connection>`, or use `ctql::migrations<ctql::engine_connection>` for any dialect.
#include <ctql/migrations.hpp>

namespace {
struct app_connection {
  using dialect = ctql::sqlite;
};
struct other_connection {
  using dialect = ctql::postgres;
};
}  // namespace

void apply_on_a_connection_the_list_was_not_compiled_for() {
  ctql::migrations<app_connection> m{{1, "fill", "v1", [](auto&) {}}};
#ifdef CTQL_COMPILE_FAIL
  other_connection other;
  m.apply(other);
#endif
  (void)m;
}
