// The option builders resolve next to `using namespace std;` and POSIX's ::index (<strings.h>);
// a table may reference its own key with foreign_key().
#include <catch2/catch.hpp>

#include <strings.h>
#include <sys/select.h>

#include <algorithm>
#include <cstdint>

#include "support/schema.hpp"

using namespace std;
using namespace ctql;

namespace names_test {
struct things_t : ctql::table<things_t, "things"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"a", int> a;
  column<"parent", std::optional<std::int64_t>> parent;
};
inline constexpr things_t things{};
}  // namespace names_test

template <>
inline constexpr auto ctql::table_options<names_test::things_t> =
    options(unique_together(names_test::things.a, names_test::things.parent), index<"by_a">(names_test::things.a),
            check<"a_ok">(names_test::things.a >= literal<0>),
            foreign_key<"things_parent">(names_test::things.parent).references(names_test::things.id));

TEST_CASE("option builders resolve beside std and POSIX's index; a self-referencing foreign key", "[ddl][options][names]") {
  STATIC_REQUIRE(create_table<sqlite>(names_test::things) ==
                 R"(CREATE TABLE "things" ("id" INTEGER PRIMARY KEY, "a" INTEGER NOT NULL, "parent" INTEGER, CONSTRAINT "things_a_parent_key" UNIQUE ("a", "parent"), CONSTRAINT "a_ok" CHECK ("a" >= 0), CONSTRAINT "things_parent" FOREIGN KEY ("parent") REFERENCES "things" ("id")))");
  STATIC_REQUIRE(create_indexes<postgres>(names_test::things)[0] == R"(CREATE INDEX IF NOT EXISTS "by_a" ON "things" ("a"))");
}
