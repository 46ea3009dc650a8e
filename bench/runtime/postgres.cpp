// Bulk inserts on PostgreSQL: ctql's values(range) (one COPY FROM STDIN) against hand-written
// libpq doing the same, against multi-row INSERT batches (the alternative ctql measured), and
// against single-row inserts. Wall-clock medians of 3 runs; each run starts from an empty table.
// Needs a server: the URL argument, or CTQL_POSTGRES_URL as for the tests.
//   bench_postgres [rows] [url] [batch_rows...]
// With batch sizes given, it times only the hand-written INSERT batches at each size.
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/postgres.hpp>

namespace {

struct users_t : ctql::table<users_t, "bench_users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string> name;
  column<"age", int> age;
  column<"email", std::optional<std::string>> email;
};
inline constexpr users_t users{};

using row = std::tuple<std::string, int>;

std::vector<row> make_rows(int count) {
  std::vector<row> rows;
  rows.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) rows.emplace_back("user number " + std::to_string(i), i % 90);
  return rows;
}

const char* server_url(int argc, char** argv) {
  const char* url = argc > 2 ? argv[2] : std::getenv("CTQL_POSTGRES_URL");
  if (url == nullptr || *url == '\0') {
    std::fprintf(stderr, "usage: bench_postgres [rows] [url]; or set CTQL_POSTGRES_URL (export "
                         "CTQL_POSTGRES_URL=$(scripts/postgres-server start))\n");
    std::exit(2);
  }
  return url;
}

void must(PGresult* r, PGconn* conn) {
  const auto status = PQresultStatus(r);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN) {
    std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(conn));
    std::exit(1);
  }
  PQclear(r);
}

/// Median of three runs of `run`, each after `reset`, in milliseconds.
double median_ms(const std::function<void()>& reset, const std::function<void()>& run) {
  std::vector<double> times;
  for (int i = 0; i < 3; ++i) {
    reset();
    const auto start = std::chrono::steady_clock::now();
    run();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[1];
}

// --- hand-written libpq -----------------------------------------------------------------------------

void put_be32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(v >> shift);
}

/// Multi-row INSERTs of `batch` rows, prepared once per size, binary parameters, one transaction.
void raw_batches(PGconn* conn, const std::vector<row>& rows, std::size_t batch) {
  must(PQexec(conn, "BEGIN"), conn);
  std::vector<std::string> prepared;
  std::vector<const char*> values;
  std::vector<int> lengths, formats;
  std::vector<std::string> ages;
  const Oid types_per_row[2] = {25, 23};
  std::vector<Oid> types;
  for (std::size_t done = 0; done < rows.size();) {
    const std::size_t n = std::min(batch, rows.size() - done);
    const std::string name = "raw_" + std::to_string(n);
    if (std::find(prepared.begin(), prepared.end(), name) == prepared.end()) {
      std::string sql = R"(INSERT INTO "bench_users" ("name", "age") VALUES )";
      types.clear();
      for (std::size_t r = 0; r < n; ++r) {
        sql += (r == 0 ? "($" : ", ($") + std::to_string(2 * r + 1) + ", $" + std::to_string(2 * r + 2) + ")";
        types.insert(types.end(), types_per_row, types_per_row + 2);
      }
      must(PQprepare(conn, name.c_str(), sql.c_str(), static_cast<int>(2 * n), types.data()), conn);
      prepared.push_back(name);
    }
    values.clear();
    lengths.clear();
    formats.assign(2 * n, 1);
    ages.assign(n, std::string());
    for (std::size_t r = 0; r < n; ++r) {
      const auto& [text, age] = rows[done + r];
      put_be32(ages[r], static_cast<std::uint32_t>(age));
      values.push_back(text.data());
      lengths.push_back(static_cast<int>(text.size()));
      values.push_back(ages[r].data());
      lengths.push_back(4);
    }
    must(PQexecPrepared(conn, name.c_str(), static_cast<int>(2 * n), values.data(), lengths.data(), formats.data(), 1),
         conn);
    done += n;
  }
  for (const auto& name : prepared) must(PQexec(conn, ("DEALLOCATE " + name).c_str()), conn);
  must(PQexec(conn, "COMMIT"), conn);
}

/// One prepared single-row INSERT per row, one transaction; RETURNING the key, as ctql does
/// for last_insert_id.
void raw_single(PGconn* conn, const std::vector<row>& rows) {
  must(PQexec(conn, "BEGIN"), conn);
  const Oid types[2] = {25, 23};
  must(PQprepare(conn, "raw_single", R"(INSERT INTO "bench_users" ("name", "age") VALUES ($1, $2) RETURNING "id")", 2,
                 types),
       conn);
  const int formats[2] = {1, 1};
  for (const auto& [text, age] : rows) {
    std::string be;
    put_be32(be, static_cast<std::uint32_t>(age));
    const char* values[2] = {text.data(), be.data()};
    const int lengths[2] = {static_cast<int>(text.size()), 4};
    must(PQexecPrepared(conn, "raw_single", 2, values, lengths, formats, 1), conn);
  }
  must(PQexec(conn, "DEALLOCATE raw_single"), conn);
  must(PQexec(conn, "COMMIT"), conn);
}

/// COPY ... FROM STDIN in text format, 64 KiB at a time (what ctql's values(range) does).
void raw_copy(PGconn* conn, const std::vector<row>& rows) {
  must(PQexec(conn, R"(COPY "bench_users" ("name", "age") FROM STDIN)"), conn);
  std::string chunk;
  for (const auto& [text, age] : rows) {
    chunk += text;  // no tabs, newlines or backslashes in these names: no escaping needed
    chunk += '\t';
    chunk += std::to_string(age);
    chunk += '\n';
    if (chunk.size() > 65536) {
      PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size()));
      chunk.clear();
    }
  }
  PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size()));
  PQputCopyEnd(conn, nullptr);
  must(PQgetResult(conn), conn);
  while (PGresult* r = PQgetResult(conn)) PQclear(r);
}

}  // namespace

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
  const auto rows = make_rows(count);
  const char* url = server_url(argc, argv);
  auto db = ctql::postgres::connect(url);
  PGconn* raw = PQconnectdb(url);
  if (PQstatus(raw) != CONNECTION_OK) {
    std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(raw));
    return 1;
  }
  PQsetNoticeProcessor(raw, [](void*, const char*) {}, nullptr);
  auto reset = [&] {
    db.drop_all(users);
    db.create_all(users);
  };
  auto check = [&](const char* what) {
    const auto n = std::get<0>(*db(ctql::select(ctql::count()).from(users)).first());
    if (n != count) {
      std::fprintf(stderr, "%s inserted %lld rows, not %d\n", what, static_cast<long long>(n), count);
      std::exit(1);
    }
  };

  if (argc > 3) {
    std::printf("%-34s %10s\n", "hand-written libpq batches of", "median ms");
    for (int i = 3; i < argc; ++i) {
      const auto batch = static_cast<std::size_t>(std::atoi(argv[i]));
      const double ms = median_ms(reset, [&] { raw_batches(raw, rows, batch); });
      check("raw batches");
      std::printf("%-34zu %10.1f\n", batch, ms);
    }
    PQfinish(raw);
    return 0;
  }

  std::printf("%d rows (text, int) into an empty table; wall-clock median of 3 runs\n", count);
  std::printf("%-50s %10s\n", "method", "ms");
  const double bulk = median_ms(reset, [&] {
    db(ctql::insert_into(users).columns(users.name, users.age).values(rows));
  });
  check("ctql values(range)");
  std::printf("%-50s %10.1f\n", "ctql values(range) (COPY FROM STDIN)", bulk);

  const double copy = median_ms(reset, [&] { raw_copy(raw, rows); });
  check("COPY");
  std::printf("%-50s %10.1f\n", "libpq COPY FROM STDIN, the same", copy);

  const double raw_batch = median_ms(reset, [&] { raw_batches(raw, rows, 1000); });
  check("raw batches");
  std::printf("%-50s %10.1f\n", "libpq multi-row INSERTs, 1000 rows each, prepared", raw_batch);

  const double single = median_ms(reset, [&] {
    auto tx = db.transaction();
    for (const auto& [name, age] : rows) db(ctql::insert_into(users).set(users.name = name, users.age = age));
    tx.commit();
  });
  check("ctql single-row inserts");
  std::printf("%-50s %10.1f\n", "ctql single-row inserts (one transaction)", single);

  const double raw_one = median_ms(reset, [&] { raw_single(raw, rows); });
  check("raw single-row inserts");
  std::printf("%-50s %10.1f\n", "libpq single-row inserts, the same", raw_one);
  PQfinish(raw);
  return 0;
}
