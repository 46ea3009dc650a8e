// A search with an optional join (dynamic(flag, table)), 4 optional filters (one of them
// in(maybe(optional ids))) and 3 sort orders: each of its 96 variants runs and gives the rows and
// the SQL of the static statement written out for it; answers worked out by hand as well. Then a
// column of the optional join (NULL without it), an inner dynamic join, and prepare().
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "scenarios/backends.hpp"

using namespace ctql;
using std::string;

namespace {
struct makers_t : ctql::table<makers_t, "gadget_makers"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"country", std::string> country;
};
inline constexpr makers_t makers{};

struct gadgets_t : ctql::table<gadgets_t, "gadgets"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"category", std::string> category;
  column<"price", int> price;
  column<"maker_id", std::optional<std::int64_t>> maker_id;
};
inline constexpr gadgets_t gadgets{};

template <class Db>
void insert_gadgets(Db& db) {
  db.drop_all(gadgets, makers);
  db.create_all(makers, gadgets);
  auto maker = [&](const char* name, const char* country) {
    db(insert_into(makers).set(makers.name = name, makers.country = country));
  };
  maker("Bosch", "DE");    // 1
  maker("Stanley", "US");  // 2
  maker("Ikea", "SE");     // 3
  maker("Kärcher", "DE");  // 4
  auto add = [&](const char* name, const char* category, int price, std::optional<std::int64_t> maker_id) {
    db(insert_into(gadgets).set(gadgets.name = name, gadgets.category = category, gadgets.price = price,
                                gadgets.maker_id = maker_id));
  };
  add("Hammer", "tools", 1500, 1);               // id 1, Bosch DE
  add("Saw", "tools", 2500, 2);                  // id 2, Stanley US
  add("Paint", "home", 800, std::nullopt);       // id 3, no maker
  add("Lamp", "home", 2000, 3);                  // id 4, Ikea SE
  add("Nail", "tools", 100, 1);                  // id 5, Bosch DE
  add("Café table", "home", 12000, 4);           // id 6, Kärcher DE
}

using ids_t = std::vector<std::int64_t>;
struct filters {
  std::optional<string> category = std::nullopt;
  std::optional<int> min_price = std::nullopt, max_price = std::nullopt;
  std::optional<ids_t> ids = std::nullopt;
};

/// The one statement type of the search: with_maker joins the makers, keeps German ones and
/// sorts by maker name first.
auto search(const filters& f, std::size_t sort, bool german_makers) {
  const flag<"with_maker"> with_maker{german_makers};
  return select(gadgets.id, gadgets.name)
      .from(gadgets.left_join(dynamic(with_maker, makers)).on(makers.id == gadgets.maker_id))
      .where(gadgets.category == maybe(f.category) && gadgets.price >= maybe(f.min_price) &&
             gadgets.price <= maybe(f.max_price) && gadgets.id.in(maybe(f.ids)) &&
             dynamic(with_maker, makers.country == "DE"))
      .order_by(dynamic(with_maker, makers.name.asc()),
                one_of(sort, gadgets.name.asc(), gadgets.price.desc(), gadgets.id.asc()));
}

// The static statements: Bits says which filters are written, Sort which order, Join the join.
template <unsigned Bits, std::size_t I = 0, class Acc, class Conditions>
auto and_of(const Acc& acc, const Conditions& conditions) {
  if constexpr (I == std::tuple_size_v<Conditions>) return acc;
  else if constexpr ((Bits & (1u << I)) == 0) return and_of<Bits, I + 1>(acc, conditions);
  else if constexpr (std::is_same_v<Acc, std::nullptr_t>) return and_of<Bits, I + 1>(std::get<I>(conditions), conditions);
  else return and_of<Bits, I + 1>(acc && std::get<I>(conditions), conditions);
}
template <unsigned Bits, std::size_t Sort, bool Join>
auto written_out(const filters& f) {
  const auto conditions = std::make_tuple(gadgets.category == *f.category, gadgets.price >= *f.min_price,
                                          gadgets.price <= *f.max_price, gadgets.id.in(*f.ids),
                                          makers.country == "DE");
  const auto sort = std::get<Sort>(std::make_tuple(gadgets.name.asc(), gadgets.price.desc(), gadgets.id.asc()));
  const auto condition = and_of<Bits | (Join ? 16u : 0u)>(nullptr, conditions);
  const auto body = [&](const auto& base) {
    if constexpr (std::is_same_v<decltype(condition), const std::nullptr_t>) return base;
    else return base.where(condition);
  };
  if constexpr (Join) {
    return body(select(gadgets.id, gadgets.name).from(gadgets.left_join(makers).on(makers.id == gadgets.maker_id)))
        .order_by(makers.name.asc(), sort);
  } else {
    return body(select(gadgets.id, gadgets.name).from(gadgets)).order_by(sort);
  }
}

using row = std::tuple<std::int64_t, string>;
template <class Rows>
std::vector<row> rows_of(Rows&& rows) {
  std::vector<row> out;
  for (auto [id, name] : rows) out.emplace_back(id, name);
  return out;
}
ids_t ids_of(const std::vector<row>& rows) {
  ids_t out;
  for (const auto& r : rows) out.push_back(std::get<0>(r));
  return out;
}

const filters all_given{"tools", 500, 2000, ids_t{1, 2, 5, 6}};

template <class Db, class D, unsigned Bits, std::size_t Sort, bool Join>
void check_variant(Db& db) {
  filters f;
  if (Bits & 1u) f.category = all_given.category;
  if (Bits & 2u) f.min_price = all_given.min_price;
  if (Bits & 4u) f.max_price = all_given.max_price;
  if (Bits & 8u) f.ids = all_given.ids;
  const auto q = search(f, Sort, Join);
  const auto s = written_out<Bits, Sort, Join>(all_given);
  INFO("filters " << Bits << ", sort " << Sort << ", join " << Join);
  // The flag is the lowest digit, then the four maybe()s in the order the SQL has them, then the sort.
  CHECK(variant_of(q) == (Join ? 1 : 0) + 2 * Bits + 32 * Sort);
  CHECK(runtime_sql<D>(q) == runtime_sql<D>(s));
  CHECK(rows_of(db(q)) == rows_of(db(s)));
}
template <class Db, class D, std::size_t... V>
void check_every_variant(Db& db, std::index_sequence<V...>) {
  (check_variant<Db, D, V % 16, V / 16 % 3, (V / 48) == 1>(db), ...);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a search with an optional join, 4 optional filters and 3 sorts: each of its 96 variants is "
                        "its static statement",
                        "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_gadgets(db);
  using D = typename TestType::dialect;
  STATIC_REQUIRE(decltype(search({}, 0, true))::variant_count == 96);  // the join * 2^4 filters * 3 sorts
  check_every_variant<decltype(db), D>(db, std::make_index_sequence<96>{});
  // Each variant was prepared once and is run again from the cache.
  const std::size_t kept = db.cached_statements();
  check_every_variant<decltype(db), D>(db, std::make_index_sequence<96>{});
  CHECK(db.cached_statements() == kept);
}

TEMPLATE_LIST_TEST_CASE("the search with an optional join: answers worked out by hand", "[scenario][dynamic]",
                        test::backends) {
  auto db = TestType::connect();
  insert_gadgets(db);
  auto ids = [&](const filters& f, std::size_t sort, bool join) { return ids_of(rows_of(db(search(f, sort, join)))); };
  // No filter, no join, by name: Café table 6, Hammer 1, Lamp 4, Nail 5, Paint 3, Saw 2.
  CHECK(ids({}, 0, false) == ids_t{6, 1, 4, 5, 3, 2});
  // The join: German makers only, by maker name, then name: Bosch (Hammer 1, Nail 5), Kärcher (Café table 6).
  CHECK(ids({}, 0, true) == ids_t{1, 5, 6});
  // The join, tools, by price descending: Bosch's Hammer 1500, Nail 100 (Saw is Stanley, US).
  CHECK(ids({.category = "tools"}, 1, true) == ids_t{1, 5});
  // 500 <= price <= 2000, by price descending: Lamp 2000, Hammer 1500, Paint 800.
  CHECK(ids({.min_price = 500, .max_price = 2000}, 1, false) == ids_t{4, 1, 3});
  // The same with the join: only Hammer (Bosch); Lamp is Ikea (SE), Paint has no maker.
  CHECK(ids({.min_price = 500, .max_price = 2000}, 1, true) == ids_t{1});
  // ids 2, 3, 4 by id: those three.
  CHECK(ids({.ids = ids_t{2, 3, 4}}, 2, false) == ids_t{2, 3, 4});
  // ids given but empty: none of these ids, so no row (not "no filter", which gives all six).
  CHECK(ids({.ids = ids_t{}}, 2, false).empty());
  CHECK(ids({.ids = std::nullopt}, 2, false) == ids_t{1, 2, 3, 4, 5, 6});
  // ids 1, 2, 5, 6 with the join, by id within maker: Bosch 1, 5; Kärcher 6 (2 is Stanley).
  CHECK(ids({.ids = ids_t{1, 2, 5, 6}}, 2, true) == ids_t{1, 5, 6});
  // Every filter and the join: tools, 500..2000, ids 1 2 5 6, German: Hammer only (Nail 100, Saw US).
  CHECK(ids(all_given, 0, true) == ids_t{1});
  // An empty category is a value: no gadget has one.
  CHECK(ids({.category = ""}, 0, true).empty());
}

TEMPLATE_LIST_TEST_CASE("a column of an optional join: its value with the join, NULL (nullopt) without",
                        "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_gadgets(db);
  using names_t = std::vector<std::optional<string>>;
  auto maker_names = [&](bool with) {
    const flag<"with_maker"> with_maker{with};
    names_t out;
    for (auto [id, maker] : db(select(gadgets.id, dynamic(with_maker, makers.name))
                                   .from(gadgets.left_join(dynamic(with_maker, makers)).on(makers.id == gadgets.maker_id))
                                   .order_by(gadgets.id.asc())))
      out.push_back(maker);
    return out;
  };
  // By gadget id: Bosch, Stanley, no maker (Paint: NULL through the left join), Ikea, Bosch, Kärcher.
  CHECK(maker_names(true) == names_t{"Bosch", "Stanley", std::nullopt, "Ikea", "Bosch", "Kärcher"});
  CHECK(maker_names(false) == names_t(6, std::nullopt));

  // An inner dynamic join drops the gadgets without a maker only when it is made.
  auto counted = [&](bool with) {
    const flag<"with_maker"> with_maker{with};
    ids_t out;
    for (auto [id] : db(select(gadgets.id)
                            .from(gadgets.join(dynamic(with_maker, makers)).on(makers.id == gadgets.maker_id))
                            .order_by(gadgets.id.asc())))
      out.push_back(id);
    return out;
  };
  CHECK(counted(true) == ids_t{1, 2, 4, 5, 6});  // Paint 3 has no maker
  CHECK(counted(false) == ids_t{1, 2, 3, 4, 5, 6});
}

TEMPLATE_LIST_TEST_CASE("prepare() of a statement with an optional join: the variant it had, its param<> bound",
                        "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_gadgets(db);
  auto prepared = [&](bool with) {
    const flag<"with_maker"> with_maker{with};
    return db.prepare(select(gadgets.name, dynamic(with_maker, makers.country))
                          .from(gadgets.left_join(dynamic(with_maker, makers)).on(makers.id == gadgets.maker_id))
                          .where(gadgets.price < param<"max"> && dynamic(with_maker, makers.name != "Bosch"))
                          .order_by(gadgets.price.asc()));
  };
  using row_t = std::pair<string, std::optional<string>>;
  auto run = [](auto& statement, int max) {
    std::vector<row_t> out;
    for (auto [name, country] : statement(max)) out.emplace_back(name, country);
    return out;
  };
  auto with = prepared(true);
  auto without = prepared(false);
  // price < 2100 by price: Nail 100 (Bosch), Paint 800 (no maker), Hammer 1500 (Bosch), Lamp 2000 (Ikea).
  CHECK(run(without, 2100) == std::vector<row_t>{{"Nail", std::nullopt}, {"Paint", std::nullopt},
                                                 {"Hammer", std::nullopt}, {"Lamp", std::nullopt}});
  // With the join, not Bosch: Paint's maker is NULL, and NULL <> 'Bosch' is not true, so only Lamp (SE).
  CHECK(run(with, 2100) == std::vector<row_t>{{"Lamp", "SE"}});
  // price < 3000 with the join: Lamp (SE), Saw 2500 (US).
  CHECK(run(with, 3000) == std::vector<row_t>{{"Lamp", "SE"}, {"Saw", "US"}});
}
