// ctql's plain idiom against hand-written libpq code (statements prepared once with PQprepare and
// run with PQexecPrepared, binary parameters and results), on the same data, against a live
// PostgreSQL server (workload.hpp says what each workload does). scripts/bench runs it against
// the server scripts/postgres-server starts.
//   bench_postgres <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [postgresql://url, default $CTQL_POSTGRES_URL]
#include <libpq-fe.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

#include <ctql/postgres.hpp>

#include "workload.hpp"

namespace {

using bench::measurement;

// Type OIDs (pg_type.dat): the parameters' types, as a hand-written program would declare them.
constexpr Oid int4_oid = 23, int8_oid = 20, text_oid = 25;

/// A PGresult that must have succeeded; cleared at the end of the scope.
class checked_result {
 public:
  checked_result(PGconn* conn, PGresult* r) : r_(r) {
    const auto status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN) {
      const std::string message = PQerrorMessage(conn);
      PQclear(r);
      throw std::runtime_error("libpq: " + message);
    }
  }
  checked_result(const checked_result&) = delete;
  checked_result& operator=(const checked_result&) = delete;
  ~checked_result() { PQclear(r_); }
  PGresult* get() const { return r_; }

 private:
  PGresult* r_;
};

void exec(PGconn* conn, const char* sql) { checked_result(conn, PQexec(conn, sql)); }

void prepare(PGconn* conn, const char* name, const char* sql, int params, const Oid* types) {
  checked_result(conn, PQprepare(conn, name, sql, params, types));
}

// Binary values are big-endian.
std::uint32_t be32(std::uint32_t v) { return __builtin_bswap32(v); }
std::uint64_t be64(std::uint64_t v) { return __builtin_bswap64(v); }
std::int32_t read_int4(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return static_cast<std::int32_t>(be32(v));
}
std::int64_t read_int8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return static_cast<std::int64_t>(be64(v));
}
std::string read_text(const PGresult* r, int row, int column) {
  return std::string(PQgetvalue(r, row, column), static_cast<std::size_t>(PQgetlength(r, row, column)));
}

/// With RETURNING "id": ctql's insert result carries last_insert_id (API.md), which PostgreSQL
/// gives only this way, so hand-written code that wants the same result asks for it too.
std::int64_t raw_insert(PGconn* conn, const std::vector<std::string>& names) {
  std::int64_t last_id = 0;
  const Oid types[2] = {text_oid, int4_oid};
  prepare(conn, "insert", R"(INSERT INTO "bench_users" ("name", "age") VALUES ($1, $2) RETURNING "id")", 2, types);
  exec(conn, "BEGIN");
  const int formats[2] = {1, 1};
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::uint32_t age = be32(static_cast<std::uint32_t>(bench::age_of(i)));
    const char* values[2] = {names[i].data(), reinterpret_cast<const char*>(&age)};
    const int lengths[2] = {static_cast<int>(names[i].size()), 4};
    checked_result r(conn, PQexecPrepared(conn, "insert", 2, values, lengths, formats, 1));
    last_id = read_int8(PQgetvalue(r.get(), 0, 0));
  }
  exec(conn, "COMMIT");
  return last_id;
}

/// COPY ... FROM STDIN in text format, 64 KiB at a time: what ctql sends for values(range).
void raw_bulk(PGconn* conn, const std::vector<std::string>& names) {
  checked_result(conn, PQexec(conn, R"(COPY "bench_users" ("name", "age") FROM STDIN)"));
  std::string chunk;
  for (std::size_t i = 0; i < names.size(); ++i) {
    chunk += names[i];  // no tab, newline or backslash in these names: nothing to escape
    chunk += '\t';
    chunk += std::to_string(bench::age_of(i));
    chunk += '\n';
    if (chunk.size() > 65536) {
      if (PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size())) != 1)
        throw std::runtime_error(PQerrorMessage(conn));
      chunk.clear();
    }
  }
  if (PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
    throw std::runtime_error(PQerrorMessage(conn));
  checked_result(conn, PQgetResult(conn));
  while (PGresult* r = PQgetResult(conn)) PQclear(r);
}

std::size_t raw_count(PGconn* conn) {
  checked_result r(conn, PQexec(conn, R"(SELECT count(*) FROM "bench_users")"));
  return std::strtoull(PQgetvalue(r.get(), 0, 0), nullptr, 10);
}

std::vector<bench::user> raw_select(PGconn* conn) {
  prepare(conn, "select", R"(SELECT "id", "name", "age", "email" FROM "bench_users")", 0, nullptr);
  checked_result r(conn, PQexecPrepared(conn, "select", 0, nullptr, nullptr, nullptr, 1));
  const int rows = PQntuples(r.get());
  std::vector<bench::user> all;
  all.reserve(static_cast<std::size_t>(rows));
  for (int i = 0; i < rows; ++i)
    all.push_back(bench::user{read_int8(PQgetvalue(r.get(), i, 0)), read_text(r.get(), i, 1),
                              read_int4(PQgetvalue(r.get(), i, 2)),
                              PQgetisnull(r.get(), i, 3) ? std::nullopt : std::optional(read_text(r.get(), i, 3))});
  return all;
}

std::size_t raw_lookup(PGconn* conn, int rows) {
  const Oid types[1] = {int8_oid};
  prepare(conn, "lookup", R"(SELECT "name", "age" FROM "bench_users" WHERE "id" = $1)", 1, types);
  const int formats[1] = {1};
  const int lengths[1] = {8};
  std::size_t check = 0;
  for (std::int64_t id = 1; id <= rows; ++id) {
    const std::uint64_t key = be64(static_cast<std::uint64_t>(id));
    const char* values[1] = {reinterpret_cast<const char*>(&key)};
    checked_result r(conn, PQexecPrepared(conn, "lookup", 1, values, lengths, formats, 1));
    if (PQntuples(r.get()) > 0) {
      const std::string name = read_text(r.get(), 0, 0);
      check += bench::checksum(id, name, read_int4(PQgetvalue(r.get(), 0, 1)));
    }
  }
  return check;
}

std::size_t raw_filter(PGconn* conn) {
  const Oid types[3] = {int4_oid, int4_oid, text_oid};
  prepare(conn, "filter",
          R"(SELECT "id", "name", "age" FROM "bench_users" WHERE "age" BETWEEN $1 AND $2 AND "name" LIKE $3)", 3, types);
  const int formats[3] = {1, 1, 1};
  std::size_t check = 0;
  for (int q = 0; q < bench::filter_queries; ++q) {
    const int low = bench::filter_low(q);
    const std::uint32_t from = be32(static_cast<std::uint32_t>(low)), to = be32(static_cast<std::uint32_t>(low + 2));
    const std::string pattern = bench::filter_pattern(q);
    const char* values[3] = {reinterpret_cast<const char*>(&from), reinterpret_cast<const char*>(&to), pattern.data()};
    const int lengths[3] = {4, 4, static_cast<int>(pattern.size())};
    checked_result r(conn, PQexecPrepared(conn, "filter", 3, values, lengths, formats, 1));
    for (int i = 0, n = PQntuples(r.get()); i < n; ++i) {
      const std::string name = read_text(r.get(), i, 1);
      check += bench::checksum(read_int8(PQgetvalue(r.get(), i, 0)), name, read_int4(PQgetvalue(r.get(), i, 2)));
    }
  }
  return check;
}

/// Run once the rows are loaded (not timed): without it, autovacuum's analyze of the new table
/// may run during the workload, on one side and not the other.
constexpr const char* after_load = R"(VACUUM ANALYZE "bench_users")";

std::size_t run_raw(const bench::run_request& request, measurement& m) {
  PGconn* conn = PQconnectdb(request.database.c_str());
  if (PQstatus(conn) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn));
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  exec(conn, R"(DROP TABLE IF EXISTS "bench_users")");
  exec(conn, R"(CREATE TABLE "bench_users" ("id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, )"
             R"("name" VARCHAR(64) NOT NULL, "age" INTEGER NOT NULL, "email" VARCHAR(128)))");
  const bench::hand_written_steps steps{
      [conn, &request](const std::vector<std::string>& names) {
        if (raw_insert(conn, names) != request.rows) throw std::runtime_error("the last id is not the row count");
      },
      [conn](const std::vector<std::string>& names) { raw_bulk(conn, names); },
      [conn] { exec(conn, after_load); },
      [conn] { return raw_count(conn); },
      [conn] { return raw_select(conn); },
      [conn](int rows) { return raw_lookup(conn, rows); },
      [conn] { return raw_filter(conn); }};
  const std::size_t check = bench::run_hand_written(steps, request.workload, request.rows, m);
  exec(conn, R"(DROP TABLE "bench_users")");
  PQfinish(conn);
  return check;
}

std::size_t run_ctql(const bench::run_request& request, measurement& m) {
  auto db = ctql::postgres::connect(request.database);
  return bench::run_ctql(db, request.workload, request.rows, m, after_load);
}

}  // namespace

int main(int argc, char** argv) {
  return bench::run_main(argc, argv, "postgresql://url, default $CTQL_POSTGRES_URL", std::getenv("CTQL_POSTGRES_URL"),
                         run_ctql, run_raw);
}
