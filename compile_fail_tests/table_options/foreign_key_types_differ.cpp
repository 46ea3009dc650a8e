// Rule: each foreign key column has the type of the column it references.
// CTQL-EXPECT-ERROR: ctql: foreign_key\(...\).references\(...\): each column must have the type of the column it references
// CTQL-FIX: Give each referencing column the type of the column it references.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::foreign_key(posts.user_id).references(users.id);
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::foreign_key(posts.title).references(users.id);
#endif
