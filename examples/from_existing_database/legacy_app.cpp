// A legacy program's database: made with raw SQL through SQLite's C API, as an application written
// without ctql would. examples/from_existing_database/11_from_existing_database.cpp starts from it.
//   legacy_app PATH     (re)creates the SQLite file PATH with two tables and a few rows
#include <cstdio>

#include <sqlite3.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: legacy_app PATH\n", stderr);
    return 2;
  }
  std::remove(argv[1]);
  sqlite3* db = nullptr;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
    std::fprintf(stderr, "legacy_app: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  const char* sql =
      "CREATE TABLE customers ("
      "  id INTEGER PRIMARY KEY,"
      "  name VARCHAR(80) NOT NULL,"
      "  email TEXT UNIQUE,"
      "  vip BOOLEAN NOT NULL DEFAULT 0,"
      "  class TEXT NOT NULL DEFAULT 'standard');"  // a C++ keyword as a column name
      "CREATE TABLE invoices ("
      "  id INTEGER PRIMARY KEY,"
      "  customer_id INTEGER NOT NULL REFERENCES customers(id),"
      "  total REAL NOT NULL,"
      "  issued DATE NOT NULL,"
      "  note TEXT);"
      "CREATE INDEX invoices_by_customer ON invoices (customer_id, issued);"
      "INSERT INTO customers (id, name, email, vip) VALUES (1, 'Ada', 'ada@example.com', 1), (2, 'Brian', NULL, 0);"
      "INSERT INTO invoices (customer_id, total, issued, note) VALUES"
      "  (1, 120.5, '2024-01-15', NULL), (1, 80.0, '2024-02-01', 'paid late'), (2, 42.25, '2024-02-03', NULL);";
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::fprintf(stderr, "legacy_app: %s\n", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return 1;
  }
  sqlite3_close(db);
  return 0;
}
