// DSL names resolve next to `using namespace std;` and POSIX's ::select.
#include <catch2/catch.hpp>

#include <sys/select.h>

#include <algorithm>

#include "support/schema.hpp"

using namespace std;
using namespace ctql;
using namespace test;

TEST_CASE("select, count, min, max, all_of resolve beside std and POSIX names", "[names]") {
  auto q = select(count(), min(users.age), max(users.age)).from(users);
  STATIC_REQUIRE(sql<sqlite>(q) == R"(SELECT COUNT(*), MIN("users"."age"), MAX("users"."age") FROM "users")");
  auto all = select(all_of(users)).from(users).where(exists(select(posts.id).from(posts)));
  STATIC_REQUIRE(sql<sqlite>(all).starts_with("SELECT"));
}
