// Rule: columns(...).values(range) needs tuples with one element per column, each of a type the
// column accepts, in the order of columns(...).
// CTQL-EXPECT-ERROR: ctql: values\(\) needs a range of tuples with one element per column
// CTQL-FIX: Give values() a range of `std::tuple`s with one element per column in columns(...), in that order, each of
// CTQL-FIX: a type its column takes.
#include <string>
#include <tuple>
#include <vector>

#include "support/schema.hpp"

void values_given_tuples_of_wrong_types() {
  using namespace test;
  using namespace ctql;
  std::vector<std::tuple<std::string, int>> rows{{"Alice", 30}, {"Bob", 41}};
  [[maybe_unused]] auto bulk = insert_into(users).columns(users.name, users.age).values(rows);
#ifdef CTQL_COMPILE_FAIL
  std::vector<std::tuple<int, std::string>> swapped{{30, "Alice"}, {41, "Bob"}};
  [[maybe_unused]] auto wrong = insert_into(users).columns(users.name, users.age).values(swapped);
#endif
}
