// Rule: a foreign key references as many columns as it has.
// CTQL-EXPECT-ERROR: ctql: foreign_key\(...\).references\(...\) needs as many referenced columns as referencing ones
// CTQL-FIX: Reference as many columns as the foreign key has, in the same order.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::foreign_key(posts.user_id).references(users.id);
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::foreign_key(posts.user_id, posts.title).references(users.id);
#endif
