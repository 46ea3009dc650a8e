// ctql::value_traits<T> as a demanding user writes it (docs/value_types.md): a strong id over
// int64 whose to_stored and from_stored refuse some values, a type stored as ctql::sql_uuid, and one
// with its own SQL type per dialect; each through every place a value goes: optional columns with
// NULL, prepared parameters, in(range), values(range) and db.insert_all, an upsert, as<T>().
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include <ctql/orm.hpp>

#include "scenarios/backends.hpp"

namespace hx {
struct uid {
  std::int64_t v;
  friend bool operator==(uid, uid) = default;
};
struct parcel {
  std::array<std::uint8_t, 16> bytes;
  friend bool operator==(const parcel&, const parcel&) = default;
};
struct code {
  std::string text;
  friend bool operator==(const code&, const code&) = default;
};
}  // namespace hx

template <>
struct ctql::value_traits<hx::uid> {
  using stored_type = std::int64_t;
  static std::int64_t to_stored(hx::uid u) {
    if (u.v == 13) throw std::domain_error("13 is no uid");
    return u.v;
  }
  static hx::uid from_stored(std::int64_t v) {
    if (v < 0) throw std::out_of_range("a uid is not negative, not " + std::to_string(v));
    return {v};
  }
};
// A type whose from_stored parses with ctql itself (ctql::time_of_day's text constructor throws a
// ctql::error): its message is the reason, not a second "ctql: " in the middle of the error.
namespace hx {
struct slot {
  ctql::time_of_day at;
};
}  // namespace hx
template <>
struct ctql::value_traits<hx::slot> {
  using stored_type = std::string;
  static std::string to_stored(const hx::slot& s) { return to_string(s.at); }
  static hx::slot from_stored(const std::string& text) { return {ctql::time_of_day{text}}; }
};
// A strong id that says it is an integer (sql_category): its primary key is assigned by the database.
namespace hx {
struct iid {
  std::int64_t v;
  friend bool operator==(iid, iid) = default;
};
}  // namespace hx
template <>
struct ctql::value_traits<hx::iid> {
  using stored_type = std::int64_t;
  static constexpr ctql::category sql_category = ctql::category::integral;
  static std::int64_t to_stored(hx::iid i) { return i.v; }
  static hx::iid from_stored(std::int64_t v) { return {v}; }
};
template <>
struct ctql::value_traits<hx::parcel> {
  using stored_type = ctql::sql_uuid;
  static ctql::sql_uuid to_stored(const hx::parcel& p) { return {p.bytes}; }
  static hx::parcel from_stored(const ctql::sql_uuid& u) { return {u.bytes}; }
};
template <>
struct ctql::value_traits<hx::code> {
  using stored_type = std::string;
  template <class D>
  static constexpr std::string_view sql_type = std::is_same_v<D, ctql::sqlite> ? "TEXT COLLATE BINARY" : "VARCHAR(16)";
  static const std::string& to_stored(const hx::code& c) { return c.text; }  // bound from the object
  static hx::code from_stored(const std::string& s) { return {s}; }
};

namespace {
struct hx_vt_t : ctql::table<hx_vt_t, "hx_vt"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"uid", hx::uid, ctql::unique> uid;
  column<"maybe", std::optional<hx::uid>> maybe;
  column<"parcel", std::optional<hx::parcel>> parcel;
  column<"code", hx::code> code;
};
inline constexpr hx_vt_t hx_vt{};
struct Thing {
  using table = hx_vt_t;
  std::int64_t id = 0;
  hx::uid uid{0};
  std::optional<hx::uid> maybe = {};
  std::optional<hx::parcel> parcel = {};
  hx::code code = {};
};
// Keys of the user's own types (which have == only, as docs/value_types.md writes them): a strong id,
// and a composite of a uuid-stored parcel and a code with its own SQL type.
struct hx_keyed_t : ctql::table<hx_keyed_t, "hx_keyed"> {
  column<"uid", hx::uid, ctql::primary_key> uid;
  column<"n", int> n;
};
inline constexpr hx_keyed_t hx_keyed{};
struct Keyed {
  using table = hx_keyed_t;
  hx::uid uid{0};
  int n = 0;
};
struct hx_boxes_t : ctql::table<hx_boxes_t, "hx_boxes"> {
  column<"parcel", hx::parcel, ctql::primary_key> parcel;
  column<"code", hx::code, ctql::primary_key> code;
  column<"n", int> n;
};
inline constexpr hx_boxes_t hx_boxes{};
struct Box {
  using table = hx_boxes_t;
  hx::parcel parcel{};
  hx::code code{};
  int n = 0;
};
struct hx_slots_t : ctql::table<hx_slots_t, "hx_slots"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"s", hx::slot> s;
};
inline constexpr hx_slots_t hx_slots{};
struct hx_auto_t : ctql::table<hx_auto_t, "hx_auto"> {
  column<"id", hx::iid, ctql::primary_key> id;
  column<"n", int> n;
};
inline constexpr hx_auto_t hx_auto{};
struct Auto {
  using table = hx_auto_t;
  hx::iid id{0};
  int n = 0;
};
const hx::parcel box{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}};
using ids = std::vector<std::tuple<std::int64_t>>;
template <class Db>
ids all_ids(Db& db) {
  return db(ctql::select(hx_vt.id).from(hx_vt).order_by(hx_vt.id)).all();
}
}  // namespace

using namespace ctql;

TEMPLATE_LIST_TEST_CASE("value_traits types through insert_all, values(range), in(range), parameters, upsert, as<T>()",
                        "[scenario][value_types][hostile]", test::backends) {
  auto db = TestType::connect();
  db.drop_all(hx_vt);
  db.create_all(hx_vt);
  // db.insert_all: keys assigned (0), NULLs and a uuid-stored parcel, unicode in the code.
  std::vector<Thing> things{{.uid = {5}, .maybe = std::nullopt, .parcel = box, .code = {"é✓"}},
                            {.uid = {6}, .maybe = hx::uid{7}, .parcel = std::nullopt, .code = {""}}};
  db.insert_all(things);
  // values(range) of tuples: rows 10 and 11.
  const std::vector<std::tuple<std::int64_t, hx::uid, std::optional<hx::uid>, hx::code>> rows{
      {10, {8}, std::nullopt, {"x"}}, {11, {9}, hx::uid{0}, {"y"}}};
  db(insert_into(hx_vt).columns(hx_vt.id, hx_vt.uid, hx_vt.maybe, hx_vt.code).values(rows));
  // Four rows: the two objects (keys 1, 2 on an empty table, on every backend), then 10 and 11.
  REQUIRE(all_ids(db) == ids{{1}, {2}, {10}, {11}});
  // as<Thing>(): every member read back; the NULLs stay NULL, uid 0 in "maybe" of 11 is not NULL.
  const auto read = db(select(hx_vt.id, hx_vt.uid, hx_vt.maybe, hx_vt.parcel, hx_vt.code).from(hx_vt).order_by(hx_vt.id))
                        .template as<Thing>();
  REQUIRE(read.size() == 4);
  CHECK(read[0].uid == hx::uid{5});
  CHECK_FALSE(read[0].maybe.has_value());
  CHECK(read[0].parcel == box);
  CHECK(read[0].code == hx::code{"é✓"});
  CHECK(read[1].maybe == hx::uid{7});
  CHECK_FALSE(read[1].parcel.has_value());
  CHECK(read[1].code == hx::code{""});
  CHECK(read[3].maybe == hx::uid{0});
  // in(range): uids 6 and 9 are rows 2 and 11; one 13 in the list is refused before anything runs.
  CHECK(db(select(hx_vt.id).from(hx_vt).where(hx_vt.uid.in(std::vector<hx::uid>{{9}, {6}})).order_by(hx_vt.id)).all() ==
        ids{{2}, {11}});
  CHECK_THROWS_WITH(db(select(hx_vt.id).from(hx_vt).where(hx_vt.uid.in(std::vector<hx::uid>{{9}, {13}}))).all(),
                    Catch::Contains("ctql: cannot store a value: 13 is no uid"));
  // NULL in an optional column: rows 1 and 10 have none.
  CHECK(db(select(hx_vt.id).from(hx_vt).where(hx_vt.maybe.is_null()).order_by(hx_vt.id)).all() == ids{{1}, {10}});
  // A prepared parameter: uid 8 is row 10; 13 refused, and the statement runs again after it.
  auto by_uid = db.prepare(select(hx_vt.id).from(hx_vt).where(hx_vt.uid == param<"u">));
  CHECK(by_uid(arg<"u">(hx::uid{8})).all() == ids{{10}});
  CHECK_THROWS_WITH(by_uid(arg<"u">(hx::uid{13})).all(), Catch::Contains("13 is no uid"));
  CHECK(by_uid(arg<"u">(hx::uid{5})).all() == ids{{1}});
  // The code (to_stored gives a reference into the object): by a temporary argument, and in(range).
  auto by_code = db.prepare(select(hx_vt.id).from(hx_vt).where(hx_vt.code == param<"c">));
  CHECK(by_code(arg<"c">(hx::code{std::string(40, 'q').substr(0, 1) + "é✓"})).all() == ids{});  // "qé✓": none
  CHECK(by_code(arg<"c">(hx::code{"é✓"})).all() == ids{{1}});
  CHECK(db(select(hx_vt.id).from(hx_vt).where(hx_vt.code.in(std::vector<hx::code>{{"y"}, {""}})).order_by(hx_vt.id)).all() ==
        ids{{2}, {11}});  // "" is row 2's, "y" row 11's
  // An upsert on the key: row 10 exists, so its uid becomes the new row's (20).
  db(insert_into(hx_vt)
         .set(hx_vt.id = 10, hx_vt.uid = hx::uid{20}, hx_vt.code = hx::code{"z"})
         .on_conflict(hx_vt.id)
         .do_update(hx_vt.uid = excluded(hx_vt.uid)));
  CHECK(by_uid(arg<"u">(hx::uid{20})).all() == ids{{10}});
  // An upsert whose value to_stored refuses names the column; nothing changed.
  CHECK_THROWS_WITH(db(insert_into(hx_vt)
                           .set(hx_vt.id = 10, hx_vt.uid = hx::uid{13}, hx_vt.code = hx::code{"z"})
                           .on_conflict(hx_vt.id)
                           .do_update(hx_vt.uid = excluded(hx_vt.uid))),
                    Catch::Contains(R"(the column "hx_vt"."uid" cannot store the value: 13 is no uid)"));
  CHECK(by_uid(arg<"u">(hx::uid{20})).all() == ids{{10}});
  // values(range) with a 13 in the second row: the column named, nothing of it inserted.
  const std::vector<std::tuple<std::int64_t, hx::uid, hx::code>> bad{{30, {30}, {"a"}}, {31, {13}, {"b"}}};
  CHECK_THROWS_WITH(db(insert_into(hx_vt).columns(hx_vt.id, hx_vt.uid, hx_vt.code).values(bad)),
                    Catch::Contains(R"(the column "hx_vt"."uid" cannot store the value: 13 is no uid)"));
  // db.insert_all with a 13 in the middle: the column named, none inserted, keys left 0.
  std::vector<Thing> more{{.uid = {40}, .code = {"a"}}, {.uid = {13}, .code = {"b"}}, {.uid = {41}, .code = {"c"}}};
  CHECK_THROWS_WITH(db.insert_all(more), Catch::Contains(R"(the column "hx_vt"."uid" cannot store the value: 13 is no uid)"));
  CHECK(more[0].id == 0);
  CHECK(more[2].id == 0);
  // db.insert of one object: the same.
  Thing one{.uid = {13}, .code = {"c"}};
  CHECK_THROWS_WITH(db.insert(one), Catch::Contains(R"(the column "hx_vt"."uid")"));
  CHECK(all_ids(db) == ids{{1}, {2}, {10}, {11}});  // nothing of the refused ones
  // from_stored refusing on read: -1 written behind ctql's back into row 2's "maybe".
  db.execute("UPDATE hx_vt SET maybe = -1 WHERE id = 2");
  using pair = std::tuple<std::int64_t, std::optional<hx::uid>>;
  CHECK_THROWS_WITH(db(select(hx_vt.id, hx_vt.maybe).from(hx_vt).where(hx_vt.id == 2)).template as<pair>(),
                    Catch::Contains("result column 1") && Catch::Contains("a uid is not negative, not -1"));
  CHECK_THROWS_WITH(db.template get<Thing>(std::int64_t{2}), Catch::Contains("a uid is not negative, not -1"));
  {
    auto s = ctql::session(db);
    CHECK_THROWS_WITH(s.template get<Thing>(std::int64_t{2}), Catch::Contains("a uid is not negative, not -1"));
    CHECK(s.template get<Thing>(std::int64_t{1})->uid == hx::uid{5});  // the session goes on
  }
  db.drop_all(hx_vt);
}

TEMPLATE_LIST_TEST_CASE("a session's flush that to_stored refuses says why, naming the column",
                        "[scenario][value_types][session][hostile]", test::backends) {
  auto db = TestType::connect();
  db.drop_all(hx_vt);
  db.create_all(hx_vt);
  {
    auto s = ctql::session(db);
    s.add(Thing{.uid = {1}, .code = {"a"}});
    Thing& bad = s.add(Thing{.uid = {13}, .code = {"b"}});
    // The 2nd object given: its uid 13 is refused by to_stored; the reason and the column are kept.
    CHECK_THROWS_WITH(s.commit(), Catch::Contains("2nd object of table hx_vt") &&
                                      Catch::Contains(R"(the column "hx_vt"."uid" cannot store the value: 13 is no uid)"));
    CHECK(all_ids(db).empty());  // nothing of the flush written
    bad.uid = hx::uid{2};
    s.commit();  // fixed: both written. Their keys: 1, 2 on SQLite (max + 1); MariaDB's counter and
    // PostgreSQL's sequence gave 1 to the failed flush's one-at-a-time probe (not given back): 2, 3.
    CHECK(all_ids(db) == (std::string_view(TestType::name).find("SQLite") != std::string_view::npos ? ids{{1}, {2}} : ids{{2}, {3}}));
    // An update that to_stored refuses: the reason kept as well.
    bad.uid = hx::uid{13};
    CHECK_THROWS_WITH(s.commit(), Catch::Contains("updating the 2nd object of table hx_vt") &&
                                      Catch::Contains("13 is no uid"));
  }
  db.drop_all(hx_vt);
}

TEMPLATE_LIST_TEST_CASE("a session over tables keyed by value_traits types (a strong id; a uuid-stored and a code)",
                        "[scenario][value_types][session][hostile]", test::backends) {
  auto db = TestType::connect();
  db.drop_all(hx_keyed, hx_boxes);
  db.create_all(hx_keyed, hx_boxes);
  const hx::parcel other{{16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}};
  {
    auto s = ctql::session(db);
    s.add(Keyed{.uid = {3}, .n = 30});
    s.add(Keyed{.uid = {1}, .n = 10});
    CHECK_THROWS_WITH(s.add(Keyed{.uid = {3}, .n = 99}), Catch::Contains("already has an object"));  // key 3 taken
    s.add(Box{.parcel = box, .code = {"a"}, .n = 1});
    s.add(Box{.parcel = box, .code = {"b"}, .n = 2});
    s.add(Box{.parcel = other, .code = {"a"}, .n = 3});
    s.commit();
  }
  {
    auto s = ctql::session(db);
    Keyed* three = s.template get<Keyed>(hx::uid{3});
    REQUIRE(three != nullptr);
    CHECK(three->n == 30);
    CHECK(s.template get<Keyed>(hx::uid{3}) == three);  // the identity map: one object per key
    CHECK(s.template get<Keyed>(hx::uid{2}) == nullptr);
    Keyed& merged = s.merge(Keyed{.uid = {1}, .n = 11});  // the row with uid 1: updated
    Box* b = s.template get<Box>(box, hx::code{"b"});
    REQUIRE(b != nullptr);
    CHECK(b->n == 2);
    CHECK(s.template get<Box>(other, hx::code{"b"}) == nullptr);  // no such pair
    s.remove(*b);
    s.commit();
    CHECK(merged.n == 11);
  }
  // uid 1 now 11, 3 still 30; boxes (box, a) and (other, a) remain.
  CHECK(db(select(hx_keyed.n).from(hx_keyed).order_by(hx_keyed.n)).all() == std::vector<std::tuple<int>>{{11}, {30}});
  CHECK(db(select(hx_boxes.n).from(hx_boxes).order_by(hx_boxes.n)).all() == std::vector<std::tuple<int>>{{1}, {3}});
  db.drop_all(hx_keyed, hx_boxes);
}

TEMPLATE_LIST_TEST_CASE("from_stored that throws a ctql::error: its reason read once, without a second prefix",
                        "[scenario][value_types][hostile]", test::backends) {
  auto db = TestType::connect();
  db.drop_all(hx_slots);
  db.create_all(hx_slots);
  db(insert_into(hx_slots).set(hx_slots.id = 1, hx_slots.s = hx::slot{ctql::time_of_day{"12:00:00"}}));
  db.execute("INSERT INTO hx_slots (id, s) VALUES (2, 'noon')");  // no time of day
  // Row 1 reads back; row 2's text is refused by time_of_day's parse, named once as ctql's.
  CHECK(to_string(std::get<0>(*db(select(hx_slots.s).from(hx_slots).where(hx_slots.id == 1)).first()).at) ==
        "12:00:00.000000");
  try {
    db(select(hx_slots.s).from(hx_slots).where(hx_slots.id == 2)).all();
    FAIL("'noon' read as a time of day");
  } catch (const ctql::error& e) {
    const std::string what = e.what();
    CHECK_THAT(what, Catch::StartsWith("ctql: result column 0") && Catch::Contains("'noon' is not a time of day"));
    CHECK(what.find("ctql:", 1) == std::string::npos);  // one "ctql: ", at the start
  }
  db.drop_all(hx_slots);
}

TEMPLATE_LIST_TEST_CASE("a strong id of category integral as the database-assigned key: db.insert, insert_all, the session",
                        "[scenario][value_types][session][hostile]", test::backends) {
  auto db = TestType::connect();
  db.drop_all(hx_auto);
  db.create_all(hx_auto);
  Auto one{.n = 10};
  db.insert(one);
  CHECK(one.id == hx::iid{1});  // an empty table's first key, on every backend
  std::vector<Auto> two{{.n = 20}, {.n = 30}};
  db.insert_all(two);
  CHECK(two[0].id == hx::iid{2});  // the next two, in order (max + 1 on SQLite; the counter elsewhere)
  CHECK(two[1].id == hx::iid{3});
  {
    auto s = ctql::session(db);
    Auto& gone = s.add(Auto{.n = 40});
    s.flush();
    CHECK(gone.id == hx::iid{4});
    s.rollback();
    CHECK(gone.id == hx::iid{0});  // the key the flush wrote taken back: "not assigned" again
    Auto& kept = s.add(Auto{.n = 50});
    s.commit();
    // SQLite reuses 4 (max + 1 after the rollback); MariaDB's counter and PostgreSQL's sequence moved on: 5.
    CHECK(kept.id == (std::string_view(TestType::name) == "SQLite" ? hx::iid{4} : hx::iid{5}));
    Auto* first = s.template get<Auto>(hx::iid{1});
    REQUIRE(first != nullptr);
    CHECK(first->n == 10);
  }
  CHECK(db(select(hx_auto.n).from(hx_auto).order_by(hx_auto.id)).all() ==
        std::vector<std::tuple<int>>{{10}, {20}, {30}, {50}});
  db.drop_all(hx_auto);
}
