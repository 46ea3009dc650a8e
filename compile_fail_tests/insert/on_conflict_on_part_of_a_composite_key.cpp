// Rule: a conflict is on a whole key; on_conflict() given one column of a composite primary key
// would fail at run time ("no unique constraint matching"), so it does not compile.
// CTQL-EXPECT-ERROR: ctql: on_conflict\(\) names only part of the table's composite primary key
// CTQL-FIX: Name every column of the composite key: `on_conflict(t.a, t.b)`.
#include "support/schema.hpp"

void on_conflict_on_part_of_a_composite_key() {
  using namespace test;
  [[maybe_unused]] auto right =
      ctql::insert_into(tags).set(tags.post_id = 1, tags.tag = "c++").on_conflict(tags.post_id, tags.tag).do_nothing();
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = ctql::insert_into(tags).set(tags.post_id = 1, tags.tag = "c++").on_conflict(tags.tag).do_nothing();
#endif
}
