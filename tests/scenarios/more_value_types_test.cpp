// ctql::uuid, ctql::decimal<P, S> and ctql::json on every backend: exact round trips at the
// extremes, queries by value (numeric order for decimals), JSON paths, and what the database holds
// that is no such value raises ctql::error naming the result column.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"
#include "support/more_value_types_schema.hpp"
#include "support/value_types_schema.hpp"

using namespace test;
using namespace ctql;
using std::optional;

namespace {
template <class Db>
void fresh_goods(Db& db) {
  db.drop_all(vt_goods);
  db.create_all(vt_goods);
}
template <class Backend>
constexpr bool is_backend(std::string_view name) {
  return std::string_view(Backend::name) == name;
}
using money = decimal<12, 2>;
using rate_t = decimal<18, 6>;
using ids = std::vector<std::tuple<std::int64_t>>;

const uuid uuid_nil{};
const uuid uuid_max{"ffffffff-ffff-ffff-ffff-ffffffffffff"};
const uuid uuid_some{"123e4567-e89b-12d3-a456-426614174000"};
}  // namespace

TEMPLATE_LIST_TEST_CASE("uuids round-trip, nil and max included, and are queried by value", "[scenario][value_types][uuid]",
                        backends) {
  auto db = TestType::connect();
  fresh_goods(db);
  const json empty{"{}"};
  // Uppercase input is the same UUID.
  db(insert_into(vt_goods).set(vt_goods.id = 1, vt_goods.ref = uuid{"123E4567-E89B-12D3-A456-426614174000"},
                               vt_goods.alt = std::nullopt, vt_goods.price = money{"1"}, vt_goods.meta = empty));
  db(insert_into(vt_goods).set(vt_goods.id = 2, vt_goods.ref = uuid_nil, vt_goods.alt = uuid_max, vt_goods.price = money{"1"},
                               vt_goods.meta = empty));
  db(insert_into(vt_goods).set(vt_goods.id = 3, vt_goods.ref = uuid_max, vt_goods.alt = optional<uuid>{uuid_nil},
                               vt_goods.price = money{"1"}, vt_goods.meta = empty));
  using row = std::tuple<std::int64_t, uuid, optional<uuid>>;
  // As written: 1 (some, NULL), 2 (nil, max), 3 (max, nil).
  CHECK(db(select(vt_goods.id, vt_goods.ref, vt_goods.alt).from(vt_goods).order_by(vt_goods.id)).all() ==
        std::vector<row>{{1, uuid_some, std::nullopt}, {2, uuid_nil, uuid_max}, {3, uuid_max, uuid_nil}});
  // By value: some is item 1; alt = nil is item 3; the unique ref refuses some twice.
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.ref == uuid_some)).all() == ids{{1}});
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.alt == uuid_nil)).all() == ids{{3}});
  CHECK_THROWS_AS(db(insert_into(vt_goods).set(vt_goods.id = 4, vt_goods.ref = uuid_some, vt_goods.price = money{"1"},
                                              vt_goods.meta = empty)),
                  ctql::error);
  // A prepared statement takes a uuid: max is item 3.
  auto by_ref = db.prepare(select(vt_goods.id).from(vt_goods).where(vt_goods.ref == param<"ref">));
  CHECK(by_ref(arg<"ref">(uuid_max)).all() == ids{{3}});
  // in(): some and max are items 1 and 3.
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.ref.in(std::vector<uuid>{uuid_max, uuid_some})).order_by(vt_goods.id))
            .all() == ids{{1}, {3}});
  // Byte order on SQLite (memcmp of BLOBs) and PostgreSQL (uuid): nil (2) < some (1) < max (3).
  // MariaDB orders a version-1 UUID (as some is) by its segments swapped, node first: for these
  // three that is the same order.
  CHECK(db(select(vt_goods.id).from(vt_goods).order_by(vt_goods.ref)).all() == ids{{2}, {1}, {3}});
  db.drop_all(vt_goods);
}

TEMPLATE_LIST_TEST_CASE("what the database holds that is no uuid raises on reading", "[scenario][value_types][uuid]",
                        backends) {
  auto db = TestType::connect();
  if constexpr (is_backend<TestType>("SQLite")) {
    // Two bytes, and text: neither is a 16-byte BLOB.
    CHECK_THROWS_WITH(db(text<uuid>("SELECT x'0102'")).first(), Catch::Contains("2 bytes, not a UUID"));
    CHECK_THROWS_AS(db(text<uuid>("SELECT '123e4567-e89b-12d3-a456-426614174000'")).first(), ctql::error);
    // The column's CHECK refuses a BLOB of another length.
    fresh_goods(db);
    CHECK_THROWS_AS(db.execute("INSERT INTO vt_goods (id, ref, price, meta) VALUES (1, x'0102', 1, '{}')"), ctql::error);
    db.drop_all(vt_goods);
  } else if constexpr (is_backend<TestType>("MariaDB")) {
    CHECK_THROWS_WITH(db(text<uuid>("SELECT 'not-a-uuid'")).first(), Catch::Contains("'not-a-uuid', which is not a UUID"));
    CHECK_THROWS_AS(db(text<uuid>("SELECT ''")).first(), ctql::error);
  } else {
    // PostgreSQL's uuid holds only UUIDs; text is another type.
    CHECK_THROWS_AS(db(text<uuid>("SELECT 'not-a-uuid'::text")).first(), ctql::error);
    CHECK_THROWS_AS(db.execute("SELECT 'not-a-uuid'::uuid"), ctql::error);
  }
  // Read as written by the database itself: the text form, in uppercase, is the same UUID.
  if constexpr (!is_backend<TestType>("SQLite")) {
    const char* sql = is_backend<TestType>("MariaDB") ? "SELECT CAST('123E4567-E89B-12D3-A456-426614174000' AS UUID)"
                                                      : "SELECT '123E4567-E89B-12D3-A456-426614174000'::uuid";
    CHECK(db(text<uuid>(sql)).first() == std::tuple{uuid_some});
  }
}

TEMPLATE_LIST_TEST_CASE("decimals round-trip exactly at their limits and compare as numbers",
                        "[scenario][value_types][decimal]", backends) {
  auto db = TestType::connect();
  fresh_goods(db);
  const json empty{"{}"};
  auto add = [&](std::int64_t id, const char* price, optional<rate_t> rate) {
    db(insert_into(vt_goods).set(vt_goods.id = id, vt_goods.ref = uuid{uuid::bytes_type{static_cast<std::uint8_t>(id)}},
                                 vt_goods.price = money{price}, vt_goods.rate = rate, vt_goods.meta = empty));
  };
  add(1, "9999999999.99", rate_t{"999999999999.999999"});  // both at their precision
  add(2, "-9999999999.99", rate_t{"-0.000001"});
  add(3, "-0.00", std::nullopt);                           // negative zero is zero
  add(4, "100.00", rate_t{"0.5"});
  add(5, "99.99", rate_t{"0"});
  add(6, "1000.00", std::nullopt);
  add(7, "0.10", std::nullopt);
  add(8, "0.20", std::nullopt);
  using row = std::tuple<std::int64_t, money, optional<rate_t>>;
  CHECK(db(select(vt_goods.id, vt_goods.price, vt_goods.rate).from(vt_goods).where(vt_goods.id <= 3).order_by(vt_goods.id))
            .all() == std::vector<row>{{1, money{"9999999999.99"}, rate_t{"999999999999.999999"}},
                                       {2, money{"-9999999999.99"}, rate_t{"-0.000001"}},
                                       {3, money{"0"}, std::nullopt}});
  const auto [zero] = *db(select(vt_goods.price).from(vt_goods).where(vt_goods.id == 3)).first();
  CHECK(to_string(zero) == "0.00");
  // Numeric comparison (as text, '1000.00' < '200' and '99.99' > '100.00'): above 99.99 are
  // 100.00 (4), 1000.00 (6) and 9999999999.99 (1).
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.price > money{"99.99"}).order_by(vt_goods.id)).all() ==
        ids{{1}, {4}, {6}});
  // Numeric order: -9999999999.99 (2), 0.00 (3), 0.10 (7), 0.20 (8), 99.99 (5), 100.00 (4),
  // 1000.00 (6), 9999999999.99 (1).
  CHECK(db(select(vt_goods.id).from(vt_goods).order_by(vt_goods.price)).all() ==
        ids{{2}, {3}, {7}, {8}, {5}, {4}, {6}, {1}});
  // Exact sums: 0.10 + 0.20 = 0.30 (not 0.30000000000000004); all eight: the extremes cancel,
  // 0 + 100.00 + 99.99 + 1000.00 + 0.10 + 0.20 = 1200.29.
  CHECK(db(select(sum(vt_goods.price)).from(vt_goods).where(vt_goods.id >= 7)).first() ==
        std::tuple{optional<decimal<38, 2>>{decimal<38, 2>{"0.30"}}});
  CHECK(db(select(sum(vt_goods.price)).from(vt_goods)).first() ==
        std::tuple{optional<decimal<38, 2>>{decimal<38, 2>{"1200.29"}}});
  // Arithmetic in SQL with SQL's result scale: 100.00 + 0.500000 = 100.500000 (scale 6);
  // 99.99 * 3 = 299.97; 100.00 - 0.500000 = 99.500000; 100.00 * 0.500000 = 50.00000000 (scale 8).
  CHECK(db(select(vt_goods.price + vt_goods.rate, vt_goods.price * 3, vt_goods.price - vt_goods.rate,
                  vt_goods.price * vt_goods.rate)
               .from(vt_goods)
               .where(vt_goods.id == 4))
            .first() == std::tuple{optional<decimal<19, 6>>{decimal<19, 6>{"100.5"}}, decimal<22, 2>{"300.00"},
                                   optional<decimal<19, 6>>{decimal<19, 6>{"99.5"}},
                                   optional<decimal<30, 8>>{decimal<30, 8>{"50"}}});
  CHECK(db(select(vt_goods.price * 3).from(vt_goods).where(vt_goods.id == 5)).first() ==
        std::tuple{decimal<22, 2>{"299.97"}});
  // A prepared statement's decimal parameter: from 0.10 up to 99.99 are items 7, 8 and 5.
  auto between_prices = db.prepare(select(vt_goods.id)
                                       .from(vt_goods)
                                       .where(vt_goods.price >= param<"low"> && vt_goods.price <= param<"high">)
                                       .order_by(vt_goods.price));
  CHECK(between_prices(arg<"low">(money{"0.10"}), arg<"high">(money{"99.99"})).all() == ids{{7}, {8}, {5}});
  // in(): 0.20 and -9999999999.99 are items 8 and 2.
  CHECK(db(select(vt_goods.id)
               .from(vt_goods)
               .where(vt_goods.price.in(std::vector<money>{money{"0.20"}, money{"-9999999999.99"}}))
               .order_by(vt_goods.id))
            .all() == ids{{2}, {8}});
  // A value of a wider decimal beyond the column's 12 digits is refused by the database (SQLite:
  // by the column's CHECK), never cut.
  CHECK_THROWS_AS(db(update(vt_goods).set(vt_goods.price = decimal<13, 2>{"10000000000.00"}).where(vt_goods.id == 5)),
                  ctql::error);
  CHECK(db(select(vt_goods.price).from(vt_goods).where(vt_goods.id == 5)).first() == std::tuple{money{"99.99"}});
  db.drop_all(vt_goods);
}

TEMPLATE_LIST_TEST_CASE("a decimal the database gives with more digits or decimals raises", "[scenario][value_types][decimal]",
                        backends) {
  auto db = TestType::connect();
  if constexpr (is_backend<TestType>("SQLite")) {
    // 10^12 units of 0.01 is 10000000000.00: 11 digits before the point; a REAL is no decimal.
    CHECK_THROWS_WITH(db(text<money>("SELECT 1000000000000")).first(), Catch::Contains("more digits than a decimal(12, 2)"));
    CHECK_THROWS_AS(db(text<money>("SELECT 1.5")).first(), ctql::error);
    CHECK_THROWS_AS(db(text<money>("SELECT '1.50'")).first(), ctql::error);
    CHECK(db(text<money>("SELECT -999999999999")).first() == std::tuple{money{"-9999999999.99"}});
  } else {
    // 1.005 has a decimal that decimal(12, 2) would round; 12345678901 has 11 digits before the point.
    CHECK_THROWS_WITH(db(text<money>("SELECT CAST(1.005 AS DECIMAL(6, 3))")).first(),
                      Catch::Contains("1.005, which is not a decimal(12, 2)"));
    CHECK_THROWS_AS(db(text<money>("SELECT CAST(12345678901 AS DECIMAL(13, 0))")).first(), ctql::error);
    // Zeros past the scale are exact: 1.500 is 1.50.
    CHECK(db(text<money>("SELECT CAST(1.500 AS DECIMAL(6, 3))")).first() == std::tuple{money{"1.50"}});
    CHECK(db(text<money>("SELECT CAST(-0.00 AS DECIMAL(6, 2))")).first() == std::tuple{money{"0"}});
    // A double is no decimal.
    CHECK_THROWS_AS(db(text<money>(is_backend<TestType>("MariaDB") ? "SELECT CAST(1.5 AS DOUBLE)"
                                                                   : "SELECT CAST(1.5 AS DOUBLE PRECISION)"))
                        .first(),
                    ctql::error);
  }
}

TEMPLATE_LIST_TEST_CASE("JSON round-trips with unicode and nesting, and paths read inside it",
                        "[scenario][value_types][json]", backends) {
  auto db = TestType::connect();
  fresh_goods(db);
  // Written as PostgreSQL's JSONB gives it back (keys by length then bytes, ", " and ": "), so
  // that the text is the same on every backend.
  const json pen{R"({"name": "stylo é✓😀", "tags": [{"name": "ink"}, {"name": "blue"}], "stock": 3})"};
  const json cap{R"({"name": "", "stock": 0})"};
  const json deep{std::string(31, '[') + std::string(31, ']')};  // 31 deep: what MariaDB takes
  const json minus{R"({"stock": -1})"};
  auto add = [&](std::int64_t id, const json& meta, optional<json> extra) {
    db(insert_into(vt_goods).set(vt_goods.id = id, vt_goods.ref = uuid{uuid::bytes_type{static_cast<std::uint8_t>(id)}},
                                 vt_goods.price = money{"1"}, vt_goods.meta = meta, vt_goods.extra = extra));
  };
  add(1, pen, json{"[]"});
  add(2, cap, std::nullopt);
  add(3, deep, json{R"("\"quoted\"")"});
  add(4, minus, json{"null"});
  // JSON null is not SQL NULL: item 4's extra is the text null, item 2's is NULL.
  using row = std::tuple<std::int64_t, std::string, optional<std::string>>;
  std::vector<row> got;
  for (const auto& [id, meta, extra] :
       db(select(vt_goods.id, vt_goods.meta, vt_goods.extra).from(vt_goods).order_by(vt_goods.id)).all())
    got.emplace_back(id, meta.text(), extra ? optional<std::string>{extra->text()} : std::nullopt);
  CHECK(got == std::vector<row>{{1, pen.text(), "[]"},
                                {2, cap.text(), std::nullopt},
                                {3, deep.text(), R"("\"quoted\"")"},
                                {4, minus.text(), "null"}});
  // stock > 0: item 1 only (3); item 2 has 0, item 3 no stock (NULL), item 4 has -1.
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.meta.get<int>(json_path<"$.stock">) > 0)).all() ==
        ids{{1}});
  // stock < 1: items 2 (0) and 4 (-1).
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.meta.get<int>(json_path<"$.stock">) < 1).order_by(vt_goods.id))
            .all() == ids{{2}, {4}});
  // The values at paths, NULL where the path is missing: name (unicode), tags[1].name, stock.
  using got_row = std::tuple<optional<std::string>, optional<std::string>, optional<std::int64_t>>;
  CHECK(db(select(vt_goods.meta.get<std::string>(json_path<"$.name">),
                  vt_goods.meta.get<std::string>(json_path<"$.tags[1].name">),
                  vt_goods.meta.get<std::int64_t>(json_path<"$.stock">))
               .from(vt_goods)
               .where(vt_goods.id <= 3)
               .order_by(vt_goods.id))
            .all() == std::vector<got_row>{{"stylo é✓😀", "blue", 3}, {"", std::nullopt, 0},
                                           {std::nullopt, std::nullopt, std::nullopt}});
  // A path into an array: tags[0].name of item 1 is ink.
  CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.meta.get<std::string>(json_path<"$.tags[0].name">) ==
                                                      std::string("ink")))
            .all() == ids{{1}});
  db.drop_all(vt_goods);
}

TEMPLATE_LIST_TEST_CASE("JSON that is not valid is refused, in C++ and by the database", "[scenario][value_types][json]",
                        backends) {
  auto db = TestType::connect();
  fresh_goods(db);
  CHECK_THROWS_AS(json{""}, ctql::error);
  CHECK_THROWS_AS(json{"{"}, ctql::error);
  // Behind ctql's back, the database refuses it too (SQLite's CHECK, MariaDB's JSON_VALID, PostgreSQL's JSONB).
  CHECK_THROWS_AS(db.execute("INSERT INTO vt_goods (id, ref, price, meta) VALUES (1, " +
                             std::string(is_backend<TestType>("SQLite") ? "x'00000000000000000000000000000001', 1"
                                         : is_backend<TestType>("MariaDB")
                                             ? "'00000000-0000-0000-0000-000000000001', 1"
                                             : "'00000000-0000-0000-0000-000000000001', 1") +
                             ", '{')"),
                  ctql::error);
  // 32 deep: valid JSON, refused by MariaDB (its JSON nests 31 deep at most), taken elsewhere.
  const json deeper{std::string(32, '[') + std::string(32, ']')};
  auto insert_deeper = [&] {
    db(insert_into(vt_goods).set(vt_goods.id = 2, vt_goods.ref = uuid{}, vt_goods.price = money{"1"},
                                 vt_goods.meta = deeper));
  };
  if constexpr (is_backend<TestType>("MariaDB")) CHECK_THROWS_AS(insert_deeper(), ctql::error);
  else CHECK_NOTHROW(insert_deeper());
  // A value of another JSON type than get<T>() reads: text where an integer is read raises on
  // SQLite (json_extract gives TEXT) and PostgreSQL (the CAST fails); MariaDB's CAST gives 0 with
  // a warning (docs/value_types.md says so).
  db(insert_into(vt_goods).set(vt_goods.id = 3, vt_goods.ref = uuid_max, vt_goods.price = money{"1"},
                               vt_goods.meta = json{R"({"stock": "many"})"}));
  const auto stock = select(vt_goods.meta.get<std::int64_t>(json_path<"$.stock">)).from(vt_goods).where(vt_goods.id == 3);
  if constexpr (is_backend<TestType>("MariaDB")) CHECK(db(stock).first() == std::tuple{optional<std::int64_t>{0}});
  else CHECK_THROWS_AS(db(stock).first(), ctql::error);
  // JSON numbers written with an exponent or a fraction. By hand: 1e2 is the integer 100 and 2.5e3 is 2500,
  // so stock >= 50 holds for items 4 and 5; 3.7 is no integer, so reading it as one raises. (MariaDB's
  // CAST(... AS SIGNED) read them as 1, 2 and 3: no item matched, and 3.7 read as 3.)
  db(insert_into(vt_goods).set(vt_goods.id = 4, vt_goods.ref = uuid{uuid::bytes_type{4}}, vt_goods.price = money{"1"},
                               vt_goods.meta = json{R"({"stock": 1e2})"}));
  db(insert_into(vt_goods).set(vt_goods.id = 5, vt_goods.ref = uuid{uuid::bytes_type{5}}, vt_goods.price = money{"1"},
                               vt_goods.meta = json{R"({"stock": 2.5e3})"}));
  const auto stock_of = [&](std::int64_t id) {
    return db(select(vt_goods.meta.get<std::int64_t>(json_path<"$.stock">)).from(vt_goods).where(vt_goods.id == id)).first();
  };
  if constexpr (!is_backend<TestType>("SQLite")) {  // SQLite's json_extract gives 1e2 as a REAL: refused when read
    CHECK(stock_of(4) == std::tuple{optional<std::int64_t>{100}});
    CHECK(stock_of(5) == std::tuple{optional<std::int64_t>{2500}});
    CHECK(db(select(vt_goods.id).from(vt_goods).where(vt_goods.id > 3 && vt_goods.meta.get<std::int64_t>(json_path<"$.stock">) >= 50).order_by(vt_goods.id)).all() ==
          std::vector<std::tuple<std::int64_t>>{{4}, {5}});
  }
  // (Inserted after the WHERE above: PostgreSQL's CAST of 3.7 to BIGINT fails the whole query.)
  db(insert_into(vt_goods).set(vt_goods.id = 6, vt_goods.ref = uuid{uuid::bytes_type{6}}, vt_goods.price = money{"1"},
                               vt_goods.meta = json{R"({"stock": 3.7})"}));
  CHECK_THROWS_AS(stock_of(6), ctql::error);
  db.drop_all(vt_goods);
}

namespace {
/// A JSON library's value for json_of<J>: a list of integers, written [1, 2, 3].
struct int_list {
  std::vector<int> items;
  friend bool operator==(const int_list&, const int_list&) = default;
};
}  // namespace

template <>
struct ctql::json_codec<int_list> {
  static int_list parse(std::string_view text) {
    int_list out;
    std::size_t i = 0;
    auto expect = [&](char c) {
      while (i < text.size() && text[i] == ' ') ++i;
      if (i >= text.size() || text[i] != c) throw std::invalid_argument("not a list of integers: " + std::string(text));
      ++i;
    };
    expect('[');
    while (i < text.size() && text[i] != ']') {
      if (!out.items.empty()) expect(',');
      while (i < text.size() && text[i] == ' ') ++i;
      std::size_t used = 0;
      out.items.push_back(std::stoi(std::string(text.substr(i)), &used));
      i += used;
    }
    expect(']');
    return out;
  }
  static std::string dump(const int_list& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.items.size(); ++i) s += (i ? ", " : "") + std::to_string(v.items[i]);
    return s + "]";
  }
};

namespace {
struct vt_lists_t : ctql::table<vt_lists_t, "vt_lists"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"list", json_of<int_list>> list;
};
inline constexpr vt_lists_t vt_lists{};
}  // namespace

TEMPLATE_LIST_TEST_CASE("json_of<J> stores a JSON library's value", "[scenario][value_types][json]", backends) {
  auto db = TestType::connect();
  db.drop_all(vt_lists);
  db.create_all(vt_lists);
  db(insert_into(vt_lists).set(vt_lists.id = 1, vt_lists.list = json_of<int_list>{int_list{{1, -2, 30}}}));
  db(insert_into(vt_lists).set(vt_lists.id = 2, vt_lists.list = json_of<int_list>{int_list{}}));
  const auto rows = db(select(vt_lists.list).from(vt_lists).order_by(vt_lists.id)).all();
  REQUIRE(rows.size() == 2);
  CHECK(std::get<0>(rows[0]).value() == int_list{{1, -2, 30}});
  CHECK(std::get<0>(rows[1]).value() == int_list{});
  // JSON that the codec refuses raises naming the result column.
  db.execute("UPDATE vt_lists SET list = '{\"a\": 1}' WHERE id = 2");
  CHECK_THROWS_WITH(db(select(vt_lists.list).from(vt_lists).where(vt_lists.id == 2)).first(),
                    Catch::Contains("result column 0") && Catch::Contains("not a list of integers"));
  db.drop_all(vt_lists);
}

namespace {
struct even_id {
  std::int64_t v;
};
}  // namespace
template <>
struct ctql::value_traits<even_id> {
  using stored_type = std::int64_t;
  static std::int64_t to_stored(even_id id) {
    if (id.v % 2 != 0) throw std::invalid_argument("an even_id is even, not " + std::to_string(id.v));
    return id.v;
  }
  static even_id from_stored(std::int64_t v) { return {v}; }
};
namespace {
struct vt_evens_t : ctql::table<vt_evens_t, "vt_evens"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"even", even_id> even;
  column<"paint", std::optional<color>> paint;
};
inline constexpr vt_evens_t vt_evens{};
}  // namespace

TEMPLATE_LIST_TEST_CASE("a value that to_stored refuses raises naming the column", "[scenario][value_types]", backends) {
  auto db = TestType::connect();
  db.drop_all(vt_evens);
  db.create_all(vt_evens);
  CHECK_THROWS_WITH(db(insert_into(vt_evens).set(vt_evens.id = 1, vt_evens.even = even_id{3})),
                    Catch::Contains(R"(the column "vt_evens"."even" cannot store the value: an even_id is even, not 3)"));
  CHECK_THROWS_WITH(db(insert_into(vt_evens).set(vt_evens.id = 1, vt_evens.even = even_id{2},
                                                 vt_evens.paint = static_cast<color>(7))),
                    Catch::Contains(R"(the column "vt_evens"."paint" cannot store the value: the enum value 7 has no name)"));
  db(insert_into(vt_evens).set(vt_evens.id = 1, vt_evens.even = even_id{2}));
  CHECK_THROWS_WITH(db(update(vt_evens).set(vt_evens.even = even_id{5}).where(vt_evens.id == 1)),
                    Catch::Contains(R"(the column "vt_evens"."even")"));
  // values(range): the column is named as well, and nothing is inserted.
  const std::vector<std::tuple<std::int64_t, even_id>> rows{{2, even_id{4}}, {3, even_id{7}}};
  CHECK_THROWS_WITH(db(insert_into(vt_evens).columns(vt_evens.id, vt_evens.even).values(rows)),
                    Catch::Contains(R"(the column "vt_evens"."even" cannot store the value: an even_id is even, not 7)"));
  // Only item 1, with 2, is stored.
  CHECK(db(select(vt_evens.id).from(vt_evens)).all() == ids{{1}});
  db.drop_all(vt_evens);
}

TEMPLATE_LIST_TEST_CASE("uuid, decimal and json rows inserted by values(range)", "[scenario][value_types]", backends) {
  // PostgreSQL writes values(range) as one COPY in text format: JSON's backslashes, tabs and
  // newlines must be escaped for COPY and come back as they were.
  auto db = TestType::connect();
  fresh_goods(db);
  const json tricky{"{\"path\": \"C:\\\\dir\\\\file\", \"quote\": \"\\\"\", \"tab\": \"a\\tb\",\n\t\"nl\": \"x\\ny\"}"};
  using in_row = std::tuple<std::int64_t, uuid, optional<uuid>, money, optional<rate_t>, json, optional<json>>;
  const std::vector<in_row> rows{
      {1, uuid_some, std::nullopt, money{"-0.01"}, rate_t{"0.000001"}, tricky, std::nullopt},
      {2, uuid_max, uuid_nil, money{"9999999999.99"}, std::nullopt, json{"[]"}, json{"\"é✓😀\""}}};
  db(insert_into(vt_goods)
         .columns(vt_goods.id, vt_goods.ref, vt_goods.alt, vt_goods.price, vt_goods.rate, vt_goods.meta, vt_goods.extra)
         .values(rows));
  const auto got = db(select(vt_goods.id, vt_goods.ref, vt_goods.alt, vt_goods.price, vt_goods.rate, vt_goods.meta,
                             vt_goods.extra)
                          .from(vt_goods)
                          .order_by(vt_goods.id))
                       .all();
  REQUIRE(got.size() == 2);
  // As written; the JSON texts compared by a value inside (PostgreSQL's JSONB normalizes the text:
  // the newline and tab between members are gone there).
  CHECK(std::get<1>(got[0]) == uuid_some);
  CHECK_FALSE(std::get<2>(got[0]).has_value());
  CHECK(std::get<3>(got[0]) == money{"-0.01"});
  CHECK(std::get<4>(got[0]) == rate_t{"0.000001"});
  CHECK_FALSE(std::get<6>(got[0]).has_value());
  CHECK(std::get<1>(got[1]) == uuid_max);
  CHECK(std::get<2>(got[1]) == uuid_nil);
  CHECK(std::get<3>(got[1]) == money{"9999999999.99"});
  CHECK_FALSE(std::get<4>(got[1]).has_value());
  CHECK(std::get<5>(got[1]).text() == "[]");
  CHECK(std::get<6>(got[1])->text() == "\"é✓😀\"");
  // The strings inside item 1's JSON: a path with backslashes, a quote, a tab and a newline.
  using strings = std::tuple<optional<std::string>, optional<std::string>, optional<std::string>, optional<std::string>>;
  CHECK(db(select(vt_goods.meta.get<std::string>(json_path<"$.path">), vt_goods.meta.get<std::string>(json_path<"$.quote">),
                  vt_goods.meta.get<std::string>(json_path<"$.tab">), vt_goods.meta.get<std::string>(json_path<"$.nl">))
               .from(vt_goods)
               .where(vt_goods.id == 1))
            .first() == strings{"C:\\dir\\file", "\"", "a\tb", "x\ny"});
  db.drop_all(vt_goods);
}
