// ctql's plain idiom against hand-written sqlite3 C code with reused prepared statements, on the
// same data. One workload per process; it prints its wall-clock time, and under callgrind only
// the workload is counted (between the CALLGRIND_TOGGLE_COLLECT marks). scripts/bench-sqlite
// and scripts/bench run it.
//   bench_sqlite <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [database file]
// W1 insert: rows inserted one by one in one transaction; bulk: the same through values(range)
// (raw: the same multi-row batches); W2 select: all rows into a vector of structs; W3 lookup:
// `rows` point lookups by key; W4 filter: 1,000 selects with age BETWEEN ? AND ? AND name LIKE ?.
#include <valgrind/callgrind.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <tuple>
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

constexpr int filter_queries = 1000;
constexpr std::size_t batch_rows = 500;  // what the ctql connector batches values(range) into

std::vector<std::string> make_names(int rows) {
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(rows));
  for (int i = 0; i < rows; ++i) names.push_back("user number " + std::to_string(i));
  return names;
}

/// Times the workload and, under callgrind, counts only it.
class measurement {
 public:
  void start() {
    CALLGRIND_TOGGLE_COLLECT;
    begin_ = std::chrono::steady_clock::now();
  }
  void stop() {
    end_ = std::chrono::steady_clock::now();
    CALLGRIND_TOGGLE_COLLECT;
  }
  double seconds() const { return std::chrono::duration<double>(end_ - begin_).count(); }

 private:
  std::chrono::steady_clock::time_point begin_, end_;
};

// --- ctql ---------------------------------------------------------------------------------------

void ctql_insert(ctql::sqlite::connection& db, const std::vector<std::string>& names) {
  auto tx = db.transaction();
  for (std::size_t i = 0; i < names.size(); ++i)
    db(ctql::insert_into(users).set(users.name = names[i], users.age = int(i % 90)));
  tx.commit();
}

std::size_t run_ctql(const std::string& workload, int rows, const char* file, measurement& m) {
  auto db = ctql::sqlite::connect(file);
  db.drop_all(users);
  db.create_all(users);
  const auto names = make_names(rows);
  std::size_t check = 0;
  if (workload == "insert") {
    m.start();
    ctql_insert(db, names);
    m.stop();
    check = static_cast<std::size_t>(std::get<0>(*db(ctql::select(ctql::count()).from(users)).first()));
  } else if (workload == "bulk") {
    std::vector<std::tuple<std::string_view, int>> values;
    for (std::size_t i = 0; i < names.size(); ++i) values.emplace_back(names[i], int(i % 90));
    m.start();
    check = db(ctql::insert_into(users).columns(users.name, users.age).values(values)).rows_affected;
    m.stop();
  } else if (workload == "select") {
    ctql_insert(db, names);
    m.start();
    std::vector<user> all = db(ctql::select(ctql::all_of(users)).from(users)).as<user>();
    m.stop();
    check = all.size();
  } else if (workload == "lookup") {
    ctql_insert(db, names);
    m.start();
    for (std::int64_t id = 1; id <= rows; ++id) {
      auto row = db(ctql::select(users.name, users.age).from(users).where(users.id == id)).first();
      check += row ? std::get<0>(*row).size() + static_cast<std::size_t>(std::get<1>(*row)) : 0;
    }
    m.stop();
  } else {
    ctql_insert(db, names);
    m.start();
    for (int q = 0; q < filter_queries; ++q) {
      const int low = q % 80;
      const std::string pattern = "user number " + std::to_string(q % 10) + "%";
      for (auto [id, name, age] : db(ctql::select(users.id, users.name, users.age)
                                         .from(users)
                                         .where(users.age.between(low, low + 2) && users.name.like(pattern))))
        check += static_cast<std::size_t>(id) + name.size() + static_cast<std::size_t>(age);
    }
    m.stop();
  }
  return check;
}

// --- hand-written sqlite3 ------------------------------------------------------------------------

void must(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    std::abort();
  }
}

sqlite3_stmt* prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  must(sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr), db);
  return stmt;
}

void raw_insert(sqlite3* db, const std::vector<std::string>& names) {
  must(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  sqlite3_stmt* insert = prepare(db, R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))");
  for (std::size_t i = 0; i < names.size(); ++i) {
    sqlite3_bind_text(insert, 1, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
    sqlite3_bind_int(insert, 2, int(i % 90));
    if (sqlite3_step(insert) != SQLITE_DONE) must(SQLITE_ERROR, db);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

std::string multi_row_insert(std::size_t rows) {
  std::string sql = R"(INSERT INTO "users" ("name", "age") VALUES (?, ?))";
  for (std::size_t r = 1; r < rows; ++r) sql += ", (?, ?)";
  return sql;
}

std::size_t raw_bulk(sqlite3* db, const std::vector<std::string>& names) {
  must(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  sqlite3_stmt* full = prepare(db, multi_row_insert(batch_rows));
  std::size_t done = 0;
  std::size_t inserted = 0;
  while (done < names.size()) {
    const std::size_t n = std::min(batch_rows, names.size() - done);
    sqlite3_stmt* stmt = n == batch_rows ? full : prepare(db, multi_row_insert(n));
    int index = 0;
    for (std::size_t i = done; i < done + n; ++i) {
      sqlite3_bind_text(stmt, ++index, names[i].data(), static_cast<int>(names[i].size()), SQLITE_STATIC);
      sqlite3_bind_int(stmt, ++index, int(i % 90));
    }
    if (sqlite3_step(stmt) != SQLITE_DONE) must(SQLITE_ERROR, db);
    inserted += static_cast<std::size_t>(sqlite3_changes(db));
    sqlite3_reset(stmt);
    if (stmt != full) sqlite3_finalize(stmt);
    done += n;
  }
  sqlite3_finalize(full);
  must(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
  return inserted;
}

std::size_t run_raw(const std::string& workload, int rows, const char* file, measurement& m) {
  sqlite3* db = nullptr;
  // Opened as ctql opens it: the comparison is of the code that runs statements.
  if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK)
    std::abort();
  must(sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr), db);
  must(sqlite3_exec(db, R"(DROP TABLE IF EXISTS "users")", nullptr, nullptr, nullptr), db);
  must(sqlite3_exec(db,
                    R"(CREATE TABLE "users" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "age" INTEGER NOT NULL, "email" TEXT))",
                    nullptr, nullptr, nullptr),
       db);
  const auto names = make_names(rows);
  std::size_t check = 0;
  if (workload == "insert") {
    m.start();
    raw_insert(db, names);
    m.stop();
    check = static_cast<std::size_t>(rows);
  } else if (workload == "bulk") {
    m.start();
    check = raw_bulk(db, names);
    m.stop();
  } else if (workload == "select") {
    raw_insert(db, names);
    m.start();
    std::vector<user> all;
    sqlite3_stmt* stmt = prepare(db, R"(SELECT "id", "name", "age", "email" FROM "users")");
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
    m.stop();
    check = all.size();
  } else if (workload == "lookup") {
    raw_insert(db, names);
    m.start();
    sqlite3_stmt* stmt = prepare(db, R"(SELECT "name", "age" FROM "users" WHERE "id" = ?)");
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
    m.stop();
  } else {
    raw_insert(db, names);
    m.start();
    sqlite3_stmt* stmt = prepare(db, R"(SELECT "id", "name", "age" FROM "users" WHERE "age" BETWEEN ? AND ? AND "name" LIKE ?)");
    for (int q = 0; q < filter_queries; ++q) {
      const int low = q % 80;
      const std::string pattern = "user number " + std::to_string(q % 10) + "%";
      sqlite3_bind_int(stmt, 1, low);
      sqlite3_bind_int(stmt, 2, low + 2);
      sqlite3_bind_text(stmt, 3, pattern.data(), static_cast<int>(pattern.size()), SQLITE_STATIC);
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        std::string name(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt, 1)));
        check += static_cast<std::size_t>(sqlite3_column_int64(stmt, 0)) + name.size() +
                 static_cast<std::size_t>(sqlite3_column_int(stmt, 2));
      }
      sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    m.stop();
  }
  sqlite3_close(db);
  return check;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_sqlite <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [database file]\n");
    return 2;
  }
  const std::string impl = argv[1];
  const std::string workload = argv[2];
  const int rows = argc > 3 ? std::atoi(argv[3]) : 20000;
  const char* file = argc > 4 ? argv[4] : ":memory:";
  measurement m;
  const std::size_t check = impl == "ctql" ? run_ctql(workload, rows, file, m) : run_raw(workload, rows, file, m);
  std::printf("%s %s rows=%d seconds=%.6f check=%zu\n", impl.c_str(), workload.c_str(), rows, m.seconds(), check);
  return 0;
}
