// Bulk insert: a whole std::vector of tuples goes in with ONE statement,
// insert_into(t).columns(...).values(rows), which renders as a single multi-row INSERT
// (its SQL depends on the number of rows, so it is shown with ctql::runtime_sql).
#include <cstdint>
#include <iostream>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/sqlite.hpp>

struct my_table_t : ctql::table<my_table_t, "my_table"> {
  column<"name", std::string> name;
  column<"age", int> age;
};
inline constexpr my_table_t my_table{};

int main() {
  using namespace ctql;
  auto db = sqlite::connect(":memory:");
  db.create_all(my_table);
  std::cout << "created table my_table\n";

  const std::vector<std::tuple<std::string, int>> rows{{"Carol", 35}, {"Alice", 30}, {"Dave", 41}, {"Bob", 25}};
  const auto insert = insert_into(my_table).columns(my_table.name, my_table.age).values(rows);
  std::cout << "insert SQL: " << runtime_sql<sqlite>(insert) << '\n';
  const auto result = db(insert);
  std::cout << "inserted " << rows.size() << " rows in one statement, rows_affected = " << result.rows_affected << '\n';
  if (result.rows_affected != rows.size()) {
    std::cerr << "error: expected rows_affected == " << rows.size() << '\n';
    return 1;
  }

  std::cout << "read back, ordered by name:\n";
  const auto read = db(select(my_table.name, my_table.age).from(my_table).order_by(my_table.name.asc())).all();
  for (const auto& [name, age] : read) std::cout << "  " << name << ", " << age << '\n';

  const std::vector<std::tuple<std::string, int>> expected{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 41}};
  if (read != expected) {
    std::cerr << "error: the rows read back differ from the ones written\n";
    return 1;
  }
  return 0;
}
