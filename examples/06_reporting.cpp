// Reporting SQL on a small shop: SQL functions, a scalar subquery, a derived table, a CTE, a
// recursive CTE over a category tree, a set operation, and NULLS LAST. Each query prints its SQL
// (made at compile time) and its rows; the program checks the answers worked out in the comments.
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/sqlite.hpp>

struct categories_t : ctql::table<categories_t, "categories"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"parent_id", std::optional<std::int64_t>> parent_id;
  column<"name", std::string> name;
};
inline constexpr categories_t categories{};

struct products_t : ctql::table<products_t, "products"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"category_id", std::int64_t> category_id;
  column<"name", std::string> name;
  column<"price", double> price;
  column<"note", std::optional<std::string>> note;
};
inline constexpr products_t products{};

namespace {
int failures = 0;
template <class Q, class Rows>
void show(const char* what, const Q& q, const Rows& rows, const Rows& expected) {
  std::cout << what << "\n  " << ctql::sql<ctql::sqlite>(q) << "\n  " << rows.size() << " rows\n";
  if (rows != expected) {
    std::cerr << "error: " << what << " did not give the expected rows\n";
    ++failures;
  }
}
}  // namespace

int main() {
  using namespace ctql;
  using std::string;
  auto db = sqlite::connect(":memory:");
  db.create_all(categories, products);
  // Books (1) > Fiction (2) > Crime (4); Books > Science (3); Toys (5).
  const std::vector<std::tuple<std::int64_t, std::optional<std::int64_t>, string>> tree{
      {1, std::nullopt, "Books"}, {2, 1, "Fiction"}, {3, 1, "Science"}, {4, 2, "Crime"}, {5, std::nullopt, "Toys"}};
  db(insert_into(categories).columns(categories.id, categories.parent_id, categories.name).values(tree));
  const std::vector<std::tuple<std::int64_t, string, double, std::optional<string>>> stock{
      {2, "Dune", 9.5, std::nullopt}, {4, "Maigret", 7.0, "used"}, {4, "Poirot", 8.0, std::nullopt},
      {3, "Cosmos", 12.0, "signed"}, {5, "Kite", 15.0, std::nullopt}};
  db(insert_into(products).columns(products.category_id, products.name, products.price, products.note).values(stock));

  // Functions: upper-cased names with their note or "-"; Cosmos and Maigret have notes.
  auto labels = select(upper(products.name), coalesce(products.note, "-")).from(products).order_by(products.name);
  show("functions", labels, db(labels).all(),
       std::vector<std::tuple<string, string>>{{"COSMOS", "signed"}, {"DUNE", "-"}, {"KITE", "-"}, {"MAIGRET", "used"},
                                               {"POIROT", "-"}});

  // A scalar subquery: products dearer than the average price (51.5 / 5 = 10.3): Cosmos, Kite.
  auto dear = select(products.name).from(products).where(products.price > select(avg(products.price)).from(products))
                  .order_by(products.name);
  show("scalar subquery", dear, db(dear).all(), std::vector<std::tuple<string>>{{"Cosmos"}, {"Kite"}});

  // A derived table: categories with their product count; Crime has 2.
  constexpr auto n = count(products.id).as<"n">();
  auto per_category = select(products.category_id, n).from(products).group_by(products.category_id).as<"per_category">();
  auto busiest = select(categories.name, per_category[n])
                     .from(categories.join(per_category).on(per_category[products.category_id] == categories.id))
                     .order_by(per_category[n].desc(), categories.name)
                     .limit(1);
  show("derived table", busiest, db(busiest).all(), std::vector<std::tuple<string, std::int64_t>>{{"Crime", 2}});

  // A recursive CTE: every category under Books (1), and then the products in them (all but Kite).
  std::int64_t root = 1;
  auto under = recursive_cte<"under">(
      select(categories.id).from(categories).where(categories.id == root),
      [](auto self) { return select(categories.id).from(categories.join(self).on(categories.parent_id == self[categories.id])); });
  auto books = select(products.name).from(products.join(under).on(products.category_id == under[categories.id]))
                   .order_by(products.name);
  show("recursive CTE", books, db(books).all(),
       std::vector<std::tuple<string>>{{"Cosmos"}, {"Dune"}, {"Maigret"}, {"Poirot"}});

  // A set operation: names of categories and products, each once, the first three in order.
  auto names = select(categories.name).from(categories).union_distinct(select(products.name).from(products))
                   .order_by(categories.name.asc()).limit(3);
  show("set operation", names, db(names).all(), std::vector<std::tuple<string>>{{"Books"}, {"Cosmos"}, {"Crime"}});

  // NULLS LAST: notes in order, the products without one after them.
  auto notes = select(products.note).from(products).order_by(products.note.asc().nulls_last(), products.name);
  show("nulls last", notes, db(notes).all(),
       std::vector<std::tuple<std::optional<string>>>{{"signed"}, {"used"}, {std::nullopt}, {std::nullopt}, {std::nullopt}});
  return failures == 0 ? 0 : 1;
}
