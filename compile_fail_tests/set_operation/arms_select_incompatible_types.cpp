// Rule: each result column of a set operation must have comparable types in both selects (a number
// and a number, a string and a string, ...); the message names the column by its number.
// CTQL-EXPECT-ERROR: ctql: the two selects of a union_all\(\), union_distinct\(\), intersect\(\) or except\(\) give a column \(column_number<N> below\) values of incompatible types
// CTQL-FIX: Select comparable types in the position column_number<N> names (cast<T>() one arm if needed).
#include "support/schema.hpp"

void arms_select_incompatible_types() {
  using namespace test;
  using namespace ctql;
  // An int and an int64 are comparable (the result is an int64).
  [[maybe_unused]] auto ok = sql<postgres>(select(users.age, users.name).from(users).intersect(select(posts.id, posts.title).from(posts)));
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = select(users.id, users.name).from(users).except(select(posts.id, posts.created).from(posts));
#endif
}
