// Value types of the user's own (ctql::value_traits) and enums stored as text (ctql::enum_names):
// they round-trip, they are queried by value, and what cannot be converted raises ctql::error.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"
#include "support/value_types_schema.hpp"

using namespace test;
using namespace ctql;
using std::optional;

namespace {
template <class Db>
void fresh_items(Db& db) {
  db.drop_all(vt_items);
  db.create_all(vt_items);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("strong ids and enums round-trip and are queried by value", "[scenario][value_types]",
                        backends) {
  auto db = TestType::connect();
  fresh_items(db);
  db(insert_into(vt_items).set(vt_items.id = 1, vt_items.owner = user_id{42}, vt_items.paint = color::blue,
                               vt_items.trim = std::nullopt, vt_items.buyer = order_id{9}));
  db(insert_into(vt_items).set(vt_items.id = 2, vt_items.owner = user_id{7}, vt_items.paint = color::red,
                               vt_items.trim = color::green));
  db(insert_into(vt_items).set(vt_items.id = 3, vt_items.owner = user_id{42}, vt_items.paint = color::green,
                               vt_items.trim = optional<color>{color::red}));
  using row = std::tuple<std::int64_t, user_id, color, optional<color>, optional<order_id>>;
  const auto all = select(vt_items.id, vt_items.owner, vt_items.paint, vt_items.trim, vt_items.buyer)
                       .from(vt_items)
                       .order_by(vt_items.id);
  // As written: 1 (42, blue, NULL, 9), 2 (7, red, green, NULL), 3 (42, green, red, NULL).
  CHECK(db(all).all() == std::vector<row>{{1, user_id{42}, color::blue, std::nullopt, order_id{9}},
                                          {2, user_id{7}, color::red, color::green, std::nullopt},
                                          {3, user_id{42}, color::green, color::red, std::nullopt}});
  // Owner 42 has items 1 and 3.
  CHECK(db(select(vt_items.id).from(vt_items).where(vt_items.owner == user_id{42}).order_by(vt_items.id)).all() ==
        std::vector<std::tuple<std::int64_t>>{{1}, {3}});
  // Painted red: item 2 only; trimmed green: item 2; not painted blue: 2 and 3.
  CHECK(db(select(vt_items.id).from(vt_items).where(vt_items.paint == color::red)).all() ==
        std::vector<std::tuple<std::int64_t>>{{2}});
  CHECK(db(select(vt_items.id).from(vt_items).where(vt_items.trim == color::green)).all() ==
        std::vector<std::tuple<std::int64_t>>{{2}});
  CHECK(db(select(vt_items.id).from(vt_items).where(vt_items.paint != color::blue).order_by(vt_items.id)).all() ==
        std::vector<std::tuple<std::int64_t>>{{2}, {3}});
  // The enum is stored as its name: the text 'green' is in the paint column of item 3.
  CHECK(db(text<std::string>("SELECT paint FROM vt_items WHERE id = 3")).first() == std::tuple{std::string("green")});
  // An update by value: item 2 repainted blue, then two items are blue (1 and 2).
  db(update(vt_items).set(vt_items.paint = color::blue).where(vt_items.owner == user_id{7}));
  CHECK(db(select(vt_items.id).from(vt_items).where(vt_items.paint == color::blue).order_by(vt_items.id)).all() ==
        std::vector<std::tuple<std::int64_t>>{{1}, {2}});
  // A prepared statement takes the id as a parameter of its own type: owner 7 owns item 2.
  auto by_owner = db.prepare(select(vt_items.id).from(vt_items).where(vt_items.owner == param<"owner">));
  CHECK(by_owner(arg<"owner">(user_id{7})).all() == std::vector<std::tuple<std::int64_t>>{{2}});
  db.drop_all(vt_items);
}

TEMPLATE_LIST_TEST_CASE("what does not convert raises ctql::error naming the column", "[scenario][value_types]",
                        backends) {
  auto db = TestType::connect();
  fresh_items(db);
  // An enum value without a name is refused before anything is stored.
  CHECK_THROWS_WITH(db(insert_into(vt_items).set(vt_items.id = 1, vt_items.owner = user_id{1},
                                                 vt_items.paint = static_cast<color>(7))),
                    Catch::Contains("ctql:") && Catch::Contains("enum value 7"));
  CHECK(db(text<std::int64_t>("SELECT COUNT(*) FROM vt_items")).first() == std::tuple{std::int64_t{0}});
  // Text that names no enumerator ('purple', 'Red': the names are exact), and a user id that
  // from_stored refuses (-5), written behind ctql's back, raise on reading.
  db.execute("INSERT INTO vt_items (id, owner, paint) VALUES (1, 5, 'purple')");
  db.execute("INSERT INTO vt_items (id, owner, paint) VALUES (2, 5, 'Red')");
  db.execute("INSERT INTO vt_items (id, owner, paint) VALUES (3, -5, 'red')");
  CHECK_THROWS_WITH(db(select(vt_items.paint).from(vt_items).where(vt_items.id == 1)).first(),
                    Catch::Contains("result column 0") && Catch::Contains("'purple'"));
  CHECK_THROWS_WITH(db(select(vt_items.paint).from(vt_items).where(vt_items.id == 2)).first(),
                    Catch::Contains("'Red'"));
  CHECK_THROWS_WITH(db(select(vt_items.id, vt_items.owner).from(vt_items).where(vt_items.id == 3)).first(),
                    Catch::Contains("result column 1") && Catch::Contains("a user_id is positive, not -5"));
  // Empty text is no name either ('' is not NULL).
  db.execute("INSERT INTO vt_items (id, owner, paint) VALUES (4, 5, '')");
  CHECK_THROWS_AS(db(select(vt_items.paint).from(vt_items).where(vt_items.id == 4)).first(), ctql::error);
  db.drop_all(vt_items);
}
