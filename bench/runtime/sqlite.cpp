// ctql's plain idiom against hand-written sqlite3 C code with reused prepared statements, on the
// same data. Run one workload per process under callgrind (scripts/bench-sqlite): only the
// workload is counted, between the CALLGRIND_TOGGLE_COLLECT marks.
//   bench_sqlite <ctql|raw> <insert|select|lookup> [rows]
#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <ctql/sqlite.hpp>

namespace {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"age", int> age;
  column<"email", std::optional<std::string>> email;
};
inline constexpr users_t users{};

struct user {
  std::int64_t id;
  std::string name;
  int age;
  std::optional<std::string> email;
};

std::vector<std::string> make_names(int rows) {
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(rows));
  for (int i = 0; i < rows; ++i) names.push_back("user number " + std::to_string(i));
  return names;
}

// Both sides open the database the same way; what differs is only the code that runs it.
ctql::sqlite::connection open_ctql() { return ctql::sqlite::connect(":memory:"); }

sqlite3* open_raw() {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    std::abort();
  return db;
}

void must(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    std::abort();
  }
}

constexpr const char* create_sql =
    R"(CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "age" INTEGER NOT NULL, "email" TEXT))";

// --- ctql ---------------------------------------------------------------------------------------

void ctql_fill(ctql::sqlite::connection& db, const std::vector<std::string>& names) {
  auto tx = db.transaction();
  for (std::size_t i = 0; i < names.size(); ++i) db(ctql::insert_into(users).set(users.name = names[i], users.age = int(i % 90)));
  tx.commit();
}

std::size_t run_ctql(const char* workload, int rows) {
  auto db = open_ctql();
  db.create_all(users);
  const auto names = make_names(rows);
  std::size_t check = 0;
  if (std::strcmp(workload, "insert") == 0) {
    CALLGRIND_TOGGLE_COLLECT;
    ctql_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    check = static_cast<std::size_t>(std::get<0>(*db(ctql::select(ctql::count()).from(users)).first()));
  } else if (std::strcmp(workload, "select") == 0) {
    ctql_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    std::vector<user> all = db(ctql::select(ctql::all_of(users)).from(users)).as<user>();
    CALLGRIND_TOGGLE_COLLECT;
    check = all.size();
  } else {
    ctql_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    for (std::int64_t id = 1; id <= rows; ++id) {
      auto row = db(ctql::select(users.name, users.age).from(users).where(users.id == id)).first();
      check += row ? std::get<0>(*row).size() + static_cast<std::size_t>(std::get<1>(*row)) : 0;
    }
    CALLGRIND_TOGGLE_COLLECT;
  }
  return check;
}

// --- hand-written sqlite3 ------------------------------------------------------------------------

void raw_fill(sqlite3* db, const std::vector<std::string>& names) {
  must(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  sqlite3_stmt* insert = nullptr;
  must(sqlite3_prepare_v3(db, R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))", -1, SQLITE_PREPARE_PERSISTENT,
                          &insert, nullptr),
       db);
  for (std::size_t i = 0; i < names.size(); ++i) {
    sqlite3_bind_text(insert, 1, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
    sqlite3_bind_int(insert, 2, int(i % 90));
    if (sqlite3_step(insert) != SQLITE_DONE) must(SQLITE_ERROR, db);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

std::size_t run_raw(const char* workload, int rows) {
  sqlite3* db = open_raw();
  must(sqlite3_exec(db, create_sql, nullptr, nullptr, nullptr), db);
  const auto names = make_names(rows);
  std::size_t check = 0;
  if (std::strcmp(workload, "insert") == 0) {
    CALLGRIND_TOGGLE_COLLECT;
    raw_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    check = static_cast<std::size_t>(rows);
  } else if (std::strcmp(workload, "select") == 0) {
    raw_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    std::vector<user> all;
    sqlite3_stmt* stmt = nullptr;
    must(sqlite3_prepare_v3(db, R"(SELECT "id", "name", "age", "email" FROM "users")", -1, SQLITE_PREPARE_PERSISTENT,
                            &stmt, nullptr),
         db);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
      std::optional<std::string> email;
      if (sqlite3_column_type(stmt, 3) != SQLITE_NULL)
        email.emplace(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)),
                      static_cast<std::size_t>(sqlite3_column_bytes(stmt, 3)));
      all.push_back(user{sqlite3_column_int64(stmt, 0),
                         std::string(name, static_cast<std::size_t>(sqlite3_column_bytes(stmt, 1))),
                         sqlite3_column_int(stmt, 2), std::move(email)});
    }
    sqlite3_finalize(stmt);
    CALLGRIND_TOGGLE_COLLECT;
    check = all.size();
  } else {
    raw_fill(db, names);
    CALLGRIND_TOGGLE_COLLECT;
    sqlite3_stmt* stmt = nullptr;
    must(sqlite3_prepare_v3(db, R"(SELECT "name", "age" FROM "users" WHERE "id" = ?)", -1, SQLITE_PREPARE_PERSISTENT,
                            &stmt, nullptr),
         db);
    for (std::int64_t id = 1; id <= rows; ++id) {
      sqlite3_bind_int64(stmt, 1, id);
      if (sqlite3_step(stmt) == SQLITE_ROW) {
        std::string name(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt, 0)));
        check += name.size() + static_cast<std::size_t>(sqlite3_column_int(stmt, 1));
      }
      sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    CALLGRIND_TOGGLE_COLLECT;
  }
  sqlite3_close(db);
  return check;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_sqlite <ctql|raw> <insert|select|lookup> [rows]\n");
    return 2;
  }
  const int rows = argc > 3 ? std::atoi(argv[3]) : 20000;
  const std::size_t check = std::strcmp(argv[1], "ctql") == 0 ? run_ctql(argv[2], rows) : run_raw(argv[2], rows);
  std::printf("%s %s rows=%d check=%zu\n", argv[1], argv[2], rows, check);
  return 0;
}
