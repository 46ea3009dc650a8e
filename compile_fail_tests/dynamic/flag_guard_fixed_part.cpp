// Rule: dynamic(flag, x) with a ctql::flag holds a fixed part.
// CTQL-EXPECT-ERROR: ctql: dynamic\(flag, x\) with a ctql::flag takes a fixed part
// CTQL-FIX: Guard a fixed expression or condition: `dynamic(f, posts.title)`, not one that is itself dynamic (`maybe()`, another `dynamic()`).
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

void flag_guard_fixed_part() {
  using namespace test;
  using namespace ctql;
  const flag<"with_posts"> with_posts{true};
  [[maybe_unused]] std::optional<int> likes;
  [[maybe_unused]] auto fine = dynamic(with_posts, posts.id > 3) && posts.id > maybe(likes);
#ifdef CTQL_COMPILE_FAIL
  [[maybe_unused]] auto wrong = dynamic(with_posts, posts.id > maybe(likes));
#endif
}
