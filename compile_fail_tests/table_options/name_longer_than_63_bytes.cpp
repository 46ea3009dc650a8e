// Rule: a constraint or index name has at most 63 bytes (PostgreSQL would cut it).
// CTQL-EXPECT-ERROR: ctql: a constraint or index name is longer than 63 bytes
// CTQL-FIX: Shorten the name to at most 63 bytes (non-ASCII characters take 2 to 4 bytes each).
#include <ctql/ctql.hpp>

#include "support/schema.hpp"

using namespace test;

[[maybe_unused]] constexpr auto good = ctql::index<"a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxx">(users.age);
#ifdef CTQL_COMPILE_FAIL
[[maybe_unused]] constexpr auto bad = ctql::index<"a_name_of_exactly_sixty_four_bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx">(users.age);
#endif
