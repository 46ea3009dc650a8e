// A product search with 4 optional filters (maybe()), 3 sort orders (one_of()) and an optional
// column (dynamic()): every one of its 48 variants runs, and gives the rows and the SQL of the
// static statement written out for it. A few answers are worked out by hand as well.
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
struct products_t : ctql::table<products_t, "products"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"category", std::string> category;
  column<"price", int> price;
  column<"note", std::optional<std::string>> note;
};
inline constexpr products_t products{};

template <class Db>
void insert_products(Db& db) {
  db.drop_all(products);
  db.create_all(products);
  auto add = [&](const char* name, const char* category, int price, std::optional<std::string> note) {
    db(insert_into(products).set(products.name = name, products.category = category, products.price = price,
                                 products.note = std::move(note)));
  };
  add("Hammer", "tools", 1500, "steel");  // id 1
  add("Saw", "tools", 2500, std::nullopt);   // id 2
  add("Paint", "home", 800, "");             // id 3: an empty note, not NULL
  add("Lamp", "home", 2000, std::nullopt);   // id 4
  add("Nail", "tools", 100, "100 pieces");   // id 5
  add("Café table", "home", 12000, "ünïcode");  // id 6
}

struct filters {
  std::optional<string> category = std::nullopt;
  std::optional<int> min_price = std::nullopt, max_price = std::nullopt;
  std::optional<string> pattern = std::nullopt;
};

/// The one statement type of the search screen.
auto search(const filters& f, std::size_t sort, bool with_note) {
  return select(products.id, products.name, dynamic(with_note, products.note))
      .from(products)
      .where(products.category == maybe(f.category) && products.price >= maybe(f.min_price) &&
             products.price <= maybe(f.max_price) && products.name.like(maybe(f.pattern)))
      .order_by(one_of(sort, products.name.asc(), products.price.desc(), products.id.asc()));
}

// The static statements: Bits says which filters are written, Sort which order.
template <unsigned Bits, std::size_t I = 0, class Acc, class Conditions>
auto and_of(const Acc& acc, const Conditions& conditions) {
  if constexpr (I == std::tuple_size_v<Conditions>) return acc;
  else if constexpr ((Bits & (1u << I)) == 0) return and_of<Bits, I + 1>(acc, conditions);
  else if constexpr (std::is_same_v<Acc, std::nullptr_t>) return and_of<Bits, I + 1>(std::get<I>(conditions), conditions);
  else return and_of<Bits, I + 1>(acc && std::get<I>(conditions), conditions);
}
template <unsigned Bits, std::size_t Sort>
auto written_out(const filters& f) {
  const auto conditions = std::make_tuple(products.category == *f.category, products.price >= *f.min_price,
                                          products.price <= *f.max_price, products.name.like(*f.pattern));
  const auto sort = std::get<Sort>(std::make_tuple(products.name.asc(), products.price.desc(), products.id.asc()));
  const auto base = select(products.id, products.name, products.note).from(products);
  const auto condition = and_of<Bits>(nullptr, conditions);
  if constexpr (std::is_same_v<decltype(condition), const std::nullptr_t>) return base.order_by(sort);
  else return base.where(condition).order_by(sort);
}

using row = std::tuple<std::int64_t, string, std::optional<string>>;
template <class Rows>
std::vector<row> rows_of(Rows&& rows) {
  std::vector<row> out;
  for (auto [id, name, note] : rows) out.emplace_back(id, name, note);
  return out;
}
std::vector<std::int64_t> ids_of(const std::vector<row>& rows) {
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(std::get<0>(r));
  return out;
}

const filters all_given{"tools", 500, 2000, "%m%"};

template <class Db, class D, unsigned Bits, std::size_t Sort>
void check_variant(Db& db) {
  filters f;
  if (Bits & 1u) f.category = all_given.category;
  if (Bits & 2u) f.min_price = all_given.min_price;
  if (Bits & 4u) f.max_price = all_given.max_price;
  if (Bits & 8u) f.pattern = all_given.pattern;
  const auto q = search(f, Sort, true);
  const auto s = written_out<Bits, Sort>(all_given);
  INFO("filters " << Bits << ", sort " << Sort);
  // Choices in the order the SQL has them: the note column (present: 1), the filters' bits, the sort.
  CHECK(variant_of(q) == 1 + 2 * Bits + 32 * Sort);
  CHECK(runtime_sql<D>(q) == sql<D>(s));
  CHECK(rows_of(db(q)) == rows_of(db(s)));
}
template <class Db, class D, std::size_t... V>
void check_every_variant(Db& db, std::index_sequence<V...>) {
  (check_variant<Db, D, V % 16, V / 16>(db), ...);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a search with 4 optional filters and 3 sorts: each of its 48 variants is its static statement",
                        "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_products(db);
  using D = typename TestType::dialect;  // the dialect the backend runs (an engine: its URL's)
  STATIC_REQUIRE(decltype(search({}, 0, true))::variant_count == 96);  // 2^4 filters * 3 sorts * the note column
  check_every_variant<decltype(db), D>(db, std::make_index_sequence<48>{});
  // Each variant was prepared once and is run again from the cache (48 here; the static ones too).
  const std::size_t kept = db.cached_statements();
  check_every_variant<decltype(db), D>(db, std::make_index_sequence<48>{});
  CHECK(db.cached_statements() == kept);
}

TEMPLATE_LIST_TEST_CASE("the search's answers, worked out by hand", "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_products(db);
  auto ids = [&](const filters& f, std::size_t sort) { return ids_of(rows_of(db(search(f, sort, true)))); };
  using ids_t = std::vector<std::int64_t>;
  // No filter, by name: Café table 6, Hammer 1, Lamp 4, Nail 5, Paint 3, Saw 2.
  CHECK(ids({}, 0) == ids_t{6, 1, 4, 5, 3, 2});
  // tools, by price descending: Saw 2500, Hammer 1500, Nail 100.
  CHECK(ids({.category = "tools"}, 1) == ids_t{2, 1, 5});
  // 500 <= price <= 2000, by id: Hammer 1500, Paint 800, Lamp 2000.
  CHECK(ids({.min_price = 500, .max_price = 2000}, 2) == ids_t{1, 3, 4});
  // Every filter: tools, 500..2000, an "m" in the name: Hammer only (Saw 2500, Nail 100).
  CHECK(ids(all_given, 0) == ids_t{1});
  // An "m" and price <= 2000, by price descending: Lamp 2000, Hammer 1500.
  CHECK(ids({.max_price = 2000, .pattern = "%m%"}, 1) == ids_t{4, 1});
  // An empty string is a value, not a missing filter: no product has an empty category.
  CHECK(ids({.category = ""}, 0).empty());
  // Unicode in the pattern: only Café table has "fé" (MariaDB's collation takes é for e: still only it).
  CHECK(ids({.pattern = "%fé%"}, 0) == ids_t{6});
}

TEMPLATE_LIST_TEST_CASE("dynamic() column: NULL, read as nullopt, when left out", "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_products(db);
  auto notes = [&](bool with_note) {
    std::vector<std::optional<string>> out;
    for (auto [id, name, note] : db(search({.category = "home"}, 2, with_note))) out.push_back(note);
    return out;
  };
  // home by id: Paint 3 "", Lamp 4 NULL, Café table 6 "ünïcode".
  CHECK(notes(true) == std::vector<std::optional<string>>{string(), std::nullopt, string("ünïcode")});
  CHECK(notes(false) == std::vector<std::optional<string>>{std::nullopt, std::nullopt, std::nullopt});
}

TEMPLATE_LIST_TEST_CASE("or_each(), dynamic() conditions and prepare() with param<>", "[scenario][dynamic]", test::backends) {
  auto db = TestType::connect();
  insert_products(db);
  auto q = [&](const std::vector<std::pair<string, int>>& wanted, bool cheap_only) {
    return select(products.id)
        .from(products)
        .where(or_each(wanted,
                       [](const std::pair<string, int>& w) {
                         return products.category == w.first && products.price > w.second;
                       }) &&
               dynamic(cheap_only, products.price < 2000))
        .order_by(products.id.asc());
  };
  auto ids = [&](auto statement) {
    std::vector<std::int64_t> out;
    for (auto [id] : db(statement)) out.push_back(id);
    return out;
  };
  using ids_t = std::vector<std::int64_t>;
  // tools over 1000 (Hammer 1, Saw 2) or home over 1000 (Lamp 4, Café table 6).
  CHECK(ids(q({{"tools", 1000}, {"home", 1000}}, false)) == ids_t{1, 2, 4, 6});
  // The same, under 2000 too: Hammer 1500 only (Saw 2500, Lamp 2000 is not < 2000, Café 12000).
  CHECK(ids(q({{"tools", 1000}, {"home", 1000}}, true)) == ids_t{1});
  // No pair: the or_each drops out; under 2000: Hammer 1, Paint 3, Nail 5.
  CHECK(ids(q({}, true)) == ids_t{1, 3, 5});
  // No pair and no flag: no WHERE at all, all six.
  CHECK(ids(q({}, false)) == ids_t{1, 2, 3, 4, 5, 6});

  // Prepared: the variant is the one the statement had when prepared; param<> still bound.
  auto cheap = db.prepare(select(products.name)
                              .from(products)
                              .where(products.category == maybe(std::optional<string>()) && products.price < param<"max">)
                              .order_by(products.price.asc()));
  std::vector<string> names;
  // price < 900: Nail 100, Paint 800.
  for (auto [name] : cheap(900)) names.push_back(name);
  CHECK(names == std::vector<string>{"Nail", "Paint"});
}
