// Rule: a derived table's columns need distinct names to be reached: two selected columns called
// id must be told apart with .as<name>().
// CTQL-EXPECT-ERROR: ctql: a derived table or CTE selects two columns with the same name
// CTQL-FIX: Name one of the two same-named columns with `.as<"other_name">()` in the derived table's select.
#include "support/schema.hpp"

void derived_table_repeats_a_name() {
  using namespace test;
  using namespace ctql;
  auto named = select(users.id, posts.id.as<"post_id">()).from(users.join(posts).on(posts.user_id == users.id)).as<"d">();
  [[maybe_unused]] auto ok = sql<sqlite>(select(named[users.id]).from(named));
#ifdef CTQL_COMPILE_FAIL
  auto twice = select(users.id, posts.id).from(users.join(posts).on(posts.user_id == users.id)).as<"d">();
  [[maybe_unused]] auto wrong = sql<sqlite>(select(twice[users.id]).from(twice));
#endif
}
