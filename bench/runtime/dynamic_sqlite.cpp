// One statement with 4 maybe() filters (16 variants) against the 16 static statements written
// out, run in turn the same number of times on SQLite in memory:
//   bench_dynamic_sqlite dynamic|static [runs]       (instructions: scripts/bench-dynamic)
// Build with -DBENCH_ONLY_DYNAMIC or -DBENCH_ONLY_STATIC to time the compile of one side.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include <ctql/sqlite.hpp>

#include "workload.hpp"

namespace {
struct products_t : ctql::table<products_t, "products"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"category", std::string> category;
  column<"price", int> price;
  column<"stock", int> stock;
};
constexpr products_t products{};

// The filters of run r: each given or not as the bits of r % 16 say; the values vary with r.
struct filters {
  std::optional<std::string> category;
  std::optional<int> min_price, max_price, min_stock;
};
filters filters_of(int r) {
  const unsigned bits = static_cast<unsigned>(r % 16);
  filters f;
  if (bits & 1u) f.category = "c" + std::to_string(r % 5);
  if (bits & 2u) f.min_price = r % 100;
  if (bits & 4u) f.max_price = 100 + r % 200;
  if (bits & 8u) f.min_stock = r % 7;
  return f;
}

template <class Rows>
std::size_t sum_rows(Rows&& rows) {
  std::size_t sum = 0;
  for (auto [id, name, price] : rows) sum += static_cast<std::size_t>(id) + name.size() + static_cast<std::size_t>(price);
  return sum;
}

#ifndef BENCH_ONLY_STATIC
std::size_t run_dynamic(ctql::sqlite::connection& db, int r) {
  const filters f = filters_of(r);
  return sum_rows(db(ctql::select(products.id, products.name, products.price)
                         .from(products)
                         .where(products.category == ctql::maybe(f.category) &&
                                products.price >= ctql::maybe(f.min_price) &&
                                products.price <= ctql::maybe(f.max_price) && products.stock >= ctql::maybe(f.min_stock))
                         .order_by(products.id.asc())));
}
#endif

#ifndef BENCH_ONLY_DYNAMIC
// The 16 statements a user would otherwise write, one per set of given filters.
template <unsigned Bits, std::size_t I = 0, class Acc, class Conditions>
auto and_of(const Acc& acc, const Conditions& conditions) {
  if constexpr (I == std::tuple_size_v<Conditions>) return acc;
  else if constexpr ((Bits & (1u << I)) == 0) return and_of<Bits, I + 1>(acc, conditions);
  else if constexpr (std::is_same_v<Acc, std::nullptr_t>) return and_of<Bits, I + 1>(std::get<I>(conditions), conditions);
  else return and_of<Bits, I + 1>(acc && std::get<I>(conditions), conditions);
}
template <unsigned Bits>
std::size_t run_static(ctql::sqlite::connection& db, int r) {
  const filters f = filters_of(r);
  const auto conditions = std::make_tuple(products.category == f.category.value_or(""), products.price >= f.min_price.value_or(0),
                                          products.price <= f.max_price.value_or(0), products.stock >= f.min_stock.value_or(0));
  const auto base = ctql::select(products.id, products.name, products.price).from(products);
  const auto condition = and_of<Bits>(nullptr, conditions);
  if constexpr (std::is_same_v<decltype(condition), const std::nullptr_t>) return sum_rows(db(base.order_by(products.id.asc())));
  else return sum_rows(db(base.where(condition).order_by(products.id.asc())));
}
template <std::size_t... B>
constexpr auto static_table(std::index_sequence<B...>) {
  return std::array<std::size_t (*)(ctql::sqlite::connection&, int), 16>{&run_static<B>...};
}
constexpr auto run_static_of = static_table(std::make_index_sequence<16>{});
#endif
}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "dynamic";
  const int runs = argc > 2 ? std::atoi(argv[2]) : 100000;
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(products);
  for (int i = 0; i < 200; ++i)
    db(ctql::insert_into(products).set(products.name = "p" + std::to_string(i), products.category = "c" + std::to_string(i % 5),
                                       products.price = i * 7 % 300, products.stock = i % 9));
  std::size_t sum = 0;
  bench::measurement m;
  m.start();
#ifndef BENCH_ONLY_STATIC
  if (mode == "dynamic")
    for (int r = 0; r < runs; ++r) sum += run_dynamic(db, r);
#endif
#ifndef BENCH_ONLY_DYNAMIC
  if (mode == "static")
    for (int r = 0; r < runs; ++r) sum += run_static_of[static_cast<std::size_t>(r % 16)](db, r);
#endif
  m.stop();
  std::printf("%s: %d runs, checksum %zu, %.3f s\n", std::string(mode).c_str(), runs, sum, m.seconds());
  return 0;
}
