// Rule: foreign_key(cols...) says what it references.
// CTQL-EXPECT-ERROR: ctql: foreign_key\(cols...\) needs .references\(other.cols...\)
// CTQL-FIX: Add `.references(other.col, ...)`: `ctql::foreign_key(posts.user_id).references(users.id)`.
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::options(ctql::foreign_key(posts.user_id).references(users.id));
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::options(ctql::foreign_key(posts.user_id));
#endif
