// Rule: a uuid column compares only with a ctql::uuid, not with its text.
// CTQL-EXPECT-ERROR: ctql: a ctql::uuid compares only with a ctql::uuid
// CTQL-EXPECT-FIRST-ERROR: ctql: a ctql::uuid compares only
// CTQL-FIX: Compare with `ctql::uuid{"123e4567-e89b-12d3-a456-426614174000"}`, not with its text.
#include <string>

#include "support/more_value_types_schema.hpp"

void uuid_compares_only_with_a_uuid() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.ref == uuid{}));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong =
      sql<sqlite>(select(vt_goods.id).from(vt_goods).where(vt_goods.ref == std::string("123e4567-e89b-12d3-a456-426614174000")));
#endif
}
