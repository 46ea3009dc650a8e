// Rule: an INSERT ... SELECT names every NOT NULL column without a default in columns(), as set()
// must give it a value (posts.title has none).
// CTQL-EXPECT-ERROR: ctql: this insert leaves out a NOT NULL column that has no default
// CTQL-FIX: Name every NOT NULL column without a default in columns() and select a value for it.
#include "support/schema.hpp"

void from_select_leaves_out_not_null_column() {
  using namespace test;
  using namespace ctql;
  [[maybe_unused]] auto fine = insert_into(posts)
                                   .columns(posts.user_id, posts.title, posts.created, posts.class_)
                                   .from_select(select(posts.user_id, posts.title, posts.created, posts.class_).from(posts));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = insert_into(posts)
                                    .columns(posts.user_id, posts.created, posts.class_)
                                    .from_select(select(posts.user_id, posts.created, posts.class_).from(posts));
#endif
}
