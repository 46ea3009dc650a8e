// Bulk insert of a list of records (the seed's "inserting multiple records at once") with mapped
// structs: db.insert_all(records) sends one multi-row INSERT in one transaction and writes each
// record's assigned key back into it.
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <ctql/sqlite.hpp>

struct my_table_t : ctql::table<my_table_t, "my_table"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"age", int> age;
};
inline constexpr my_table_t my_table{};

struct Record {
  using table = my_table_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
};

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(my_table);
  std::vector<Record> data{{.name = "John", .age = 20}, {.name = "Jane", .age = 25}, {.name = "Adam", .age = 30}};
  db.insert_all(data);   // conn.execute(table.insert().values(data))
  std::cout << "inserted " << data.size() << " records in one statement; their keys:";
  for (const Record& r : data) std::cout << ' ' << r.name << '=' << r.id;
  std::cout << '\n';

  const auto over_21 = db.query<Record>().where(my_table.age > 21).order_by(my_table.age.asc()).all();
  std::cout << "records older than 21:";
  for (const Record& r : over_21) std::cout << ' ' << r.name << " (" << r.age << ')';
  std::cout << '\n';
  // Keys 1, 2, 3 in list order; Jane and Adam are over 21.
  if (data[0].id != 1 || data[1].id != 2 || data[2].id != 3 || over_21.size() != 2 || over_21[0].name != "Jane" ||
      over_21[1].name != "Adam") {
    std::cerr << "error: unexpected keys or rows\n";
    return 1;
  }
  return 0;
}
