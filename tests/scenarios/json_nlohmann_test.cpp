// <ctql/json/nlohmann.hpp>: json_of<nlohmann::json> columns on every backend. Built only where
// nlohmann-json is installed (Debian: nlohmann-json3-dev); elsewhere this file has no test.
#include <catch2/catch.hpp>

#if __has_include(<nlohmann/json.hpp>)
#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>
#include <vector>

#include <ctql/json/nlohmann.hpp>

#include "scenarios/backends.hpp"

namespace {
struct vt_stock_t : ctql::table<vt_stock_t, "vt_stock"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"meta", ctql::json_of<nlohmann::json>> meta;
  column<"more", std::optional<ctql::json_of<nlohmann::json>>> more;
};
inline constexpr vt_stock_t vt_stock{};
}  // namespace

TEMPLATE_LIST_TEST_CASE("json_of<nlohmann::json> round-trips and is read by path", "[scenario][value_types][json]",
                        test::backends) {
  using namespace ctql;
  auto db = TestType::connect();
  db.drop_all(vt_stock);
  db.create_all(vt_stock);
  nlohmann::json three = nlohmann::json::parse(R"({"stock":3})");
  db(insert_into(vt_stock).set(vt_stock.id = 1, vt_stock.meta = json_of<nlohmann::json>{three},
                               vt_stock.more = std::nullopt));
  const auto [meta, more] = *db(select(vt_stock.meta, vt_stock.more).from(vt_stock)).first();
  CHECK((*meta)["stock"] == 3);
  CHECK_FALSE(more.has_value());
  // The path reads the stored JSON: stock is 3.
  CHECK(db(select(vt_stock.meta.get<std::int64_t>(json_path<"$.stock">)).from(vt_stock)).first() ==
        std::tuple{std::optional<std::int64_t>{3}});
  // Text the database holds as JSON but nlohmann::json refuses raises, naming the result column: a
  // lone high surrogate escape, which SQLite's json_valid() accepts (it does not pair surrogates) and
  // nlohmann-json refuses ("surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF").
  // PostgreSQL's JSONB refuses to store it, so the case exists on SQLite only.
  if constexpr (std::is_same_v<TestType, test::sqlite_memory>) {
    db.execute(R"(UPDATE vt_stock SET meta = '["\ud800"]')");
    CHECK_THROWS_WITH(db(select(vt_stock.meta).from(vt_stock)).first(), Catch::Contains("result column 0"));
  }
  db.drop_all(vt_stock);
}
#endif
