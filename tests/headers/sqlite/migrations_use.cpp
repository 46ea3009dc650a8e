// The documented use of <ctql/migrations.hpp> (with <ctql/sqlite.hpp> for a connection): a list
// of SQL steps and one of C++ steps, apply, check, pending, applied, mark_clean and forget.
// Compiled, never run. Built in ALL by tests/headers/CMakeLists.txt when
// ctql::sqlite is.
#include "ctql/migrations.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>

#include "ctql/sqlite.hpp"

namespace migrations_use {

constexpr ctql::sql_migration steps[] = {{1, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY)"},
                                         {2, "add name", "ALTER TABLE users ADD COLUMN name TEXT"}};
static_assert(ctql::migrations_in_order<steps>());

std::size_t use() {
  auto db = ctql::sqlite::connect(":memory:");
  ctql::migrations m{{1, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"},
                     {2, "add email", "ALTER TABLE users ADD COLUMN email TEXT"}};
  std::size_t n = m.apply(db) + m.pending(db).size() + m.applied(db).size();
  m.check(db);
  ctql::migrations checked(steps);
  n += checked.pending(db).size();
  ctql::migrations<ctql::sqlite::connection> code{
      {1, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"},
      {2, "backfill", "v1", [](auto& c) { c.execute("UPDATE users SET name = 'x' WHERE name IS NULL"); }}};
  n += code.apply(db, {.lock_timeout = std::chrono::seconds(5)});
  code.mark_clean(db, 2);
  code.forget(db, 2);
  return n;
}

}  // namespace migrations_use
