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

namespace {
struct vt_times_t : ctql::table<vt_times_t, "vt_times"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"at", ctql::time_of_day> at;
  column<"until", std::optional<ctql::time_of_day>> until;
};
inline constexpr vt_times_t vt_times{};
}  // namespace

TEMPLATE_LIST_TEST_CASE("a time of day round-trips to the microsecond and orders", "[scenario][value_types]",
                        backends) {
  using namespace std::chrono_literals;
  auto db = TestType::connect();
  db.drop_all(vt_times);
  db.create_all(vt_times);
  const time_of_day last{"23:59:59.999999"};
  const time_of_day lunch{13h + 5min + 500ms};  // 13:05:00.5
  db(insert_into(vt_times).set(vt_times.id = 1, vt_times.at = last, vt_times.until = std::nullopt));
  db(insert_into(vt_times).set(vt_times.id = 2, vt_times.at = time_of_day{}, vt_times.until = lunch));
  db(insert_into(vt_times).set(vt_times.id = 3, vt_times.at = lunch, vt_times.until = time_of_day{1us}));
  using row = std::tuple<std::int64_t, time_of_day, optional<time_of_day>>;
  CHECK(db(select(vt_times.id, vt_times.at, vt_times.until).from(vt_times).order_by(vt_times.id)).all() ==
        std::vector<row>{{1, last, std::nullopt}, {2, time_of_day{}, lunch}, {3, lunch, time_of_day{1us}}});
  // Ordered by time: midnight (2), 13:05:00.5 (3), 23:59:59.999999 (1).
  CHECK(db(select(vt_times.id).from(vt_times).order_by(vt_times.at)).all() ==
        std::vector<std::tuple<std::int64_t>>{{2}, {3}, {1}});
  // After 13:05:00.499999 and before the last microsecond: only item 3 (13:05:00.5).
  CHECK(db(select(vt_times.id)
               .from(vt_times)
               .where(vt_times.at > time_of_day{"13:05:00.499999"} && vt_times.at < last))
            .all() == std::vector<std::tuple<std::int64_t>>{{3}});
  // 23:59:59.999999 is there exactly: one row equal to it.
  CHECK(db(select(vt_times.id).from(vt_times).where(vt_times.at == last)).all() ==
        std::vector<std::tuple<std::int64_t>>{{1}});
  db.drop_all(vt_times);
}

TEST_CASE("a time of day is parsed exactly, or refused", "[value_types]") {
  using namespace std::chrono_literals;
  CHECK(to_string(time_of_day{"23:59:59.999999"}) == "23:59:59.999999");
  CHECK(to_string(time_of_day{13h + 5min}) == "13:05:00.000000");
  CHECK(time_of_day{"07:08:09.5"}.since_midnight() == 7h + 8min + 9s + 500ms);
  CHECK(time_of_day{"00:00:00"} == time_of_day{});
  CHECK_THROWS_WITH(time_of_day{"24:00:00"}, Catch::StartsWith("ctql: '24:00:00' is not a time of day"));
  CHECK_THROWS_AS(time_of_day{"7:08:09"}, ctql::error);
  CHECK_THROWS_AS(time_of_day{"07:08:09."}, ctql::error);
  CHECK_THROWS_AS(time_of_day{"07:08:09.1234567"}, ctql::error);
  CHECK_THROWS_AS(time_of_day{""}, ctql::error);
  CHECK_THROWS_AS(time_of_day{24h}, ctql::error);
  CHECK_THROWS_AS(time_of_day{-1us}, ctql::error);
}
