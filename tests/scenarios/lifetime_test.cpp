// What a statement, a result, a prepared statement and a transaction keep: statements own the
// values they bind (unless ctql::ref() asks for a view), and the others keep their connection's
// session alive, so the natural code is safe (run under the sanitizer build too).
#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::string;

namespace {
// Longer than any short-string buffer: the text lives on the heap and is freed with the string.
string long_name(char c) { return string(40, c); }

auto by_name(string name) { return select(users.age).from(users).where(users.name == name); }
auto by_c_string(const string& name) {
  const string copy = name;
  return select(users.age).from(users).where(users.name == copy.c_str());
}
auto in_ages(std::vector<int> ages) { return select(users.name).from(users).where(users.age.in(ages)); }
auto rename_to(string name) { return update(users).set(users.name = name).where(users.age == 2); }
auto insert_rows(int first) {
  std::vector<std::tuple<string, int>> rows{{long_name('r'), first}, {long_name('s'), first + 1}};
  return insert_into(users).columns(users.name, users.age).values(rows);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a statement returned from a function owns what it binds", "[scenario][lifetime]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = long_name('a'), users.age = 1));
  db(insert_into(users).set(users.name = long_name('b'), users.age = 2));
  auto q = by_name(long_name('b'));
  auto c = by_c_string(long_name('a'));
  // New strings of the same size are likely to reuse the freed blocks: a statement that kept a
  // view would now read "zzz..." and find nothing.
  const string reuse1 = long_name('z'), reuse2 = long_name('z');
  CHECK(db(q).all() == std::vector<std::tuple<int>>{{2}});
  CHECK(db(c).all() == std::vector<std::tuple<int>>{{1}});
  CHECK(db(in_ages({1, 2})).all().size() == 2);
  CHECK(db(rename_to(long_name('c'))).rows_affected == 1);
  CHECK(db(by_name(long_name('c'))).all() == std::vector<std::tuple<int>>{{2}});
  CHECK(db(insert_rows(10)).rows_affected == 2);
  CHECK(db(select(users.age).from(users).where(users.name == long_name('s'))).all() == std::vector<std::tuple<int>>{{11}});
  // ref() keeps a view on purpose: the statement binds the string's value when it runs.
  string wanted = long_name('a');
  auto viewing = select(users.age).from(users).where(users.name == ctql::ref(wanted));
  wanted = long_name('c');
  CHECK(db(viewing).all() == std::vector<std::tuple<int>>{{2}});
}

TEMPLATE_LIST_TEST_CASE("results, prepared statements and transactions outlive their connection safely",
                        "[scenario][lifetime]", backends) {
  // A unique_ptr, not a std::optional: g++ 12 at -O3 warns that an optional engine connection's variant
  // "may be used uninitialized" at reset() (a false positive), and the build treats warnings as errors.
  auto db = std::make_unique<decltype(TestType::connect())>(TestType::connect());
  for (int age : {1, 2, 3}) (*db)(insert_into(users).set(users.name = long_name('a'), users.age = age));
  auto rows = (*db)(select(users.age).from(users).order_by(users.age));
  auto older = db->prepare(select(users.age).from(users).where(users.age > param<"min">).order_by(users.age));
  auto tx = std::optional(db->transaction());
  (*db)(insert_into(users).set(users.name = long_name('b'), users.age = 4));
  db.reset();  // the connection object is gone; what refers to it keeps its session
  auto it = rows.begin();
  CHECK(*it == std::tuple{1});
  tx->commit();  // the row aged 4 is committed through the kept session
  CHECK(older(2).all() == std::vector<std::tuple<int>>{{3}, {4}});
  tx.reset();
}
