// The SQL functions resolve beside `using namespace std;`: std::abs, std::round, std::replace,
// std::min and the like are not viable for a column, and ctql's are templates, so no ambiguity.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "support/schema.hpp"

using namespace std;
using namespace ctql;
using namespace test;

TEST_CASE("SQL functions resolve beside std's abs, round, replace, ...", "[names][function]") {
  auto q = select(abs(samples.ratio), round(samples.ratio), round(samples.ratio, 2), lower(samples.label), upper(samples.label),
                  trim(samples.label), length(samples.label), substr(samples.label, 1, 2), replace(samples.label, "a", "b"),
                  concat(samples.label, "!"), coalesce(samples.weight, 1.0f), nullif(samples.tiny, 0), cast<double>(samples.tiny),
                  extract<"year">(samples.at), current_date(), current_timestamp())
               .from(samples);
  STATIC_REQUIRE(sql<sqlite>(q).starts_with(R"(SELECT ABS("samples"."ratio"), ROUND("samples"."ratio"), ROUND("samples"."ratio", ?), LOWER()"));
  auto m = select(min(abs(samples.ratio)), max(round(samples.ratio))).from(samples);
  STATIC_REQUIRE(sql<sqlite>(m) == R"(SELECT MIN(ABS("samples"."ratio")), MAX(ROUND("samples"."ratio")) FROM "samples")");
  // The std ones still work on plain values.
  CHECK(abs(-2) == 2);
  CHECK(round(2.5) == 3.0);
  string s = "aXa";
  replace(s.begin(), s.end(), 'a', 'b');
  CHECK(s == "bXb");
}
