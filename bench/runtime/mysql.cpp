// ctql's plain idiom against hand-written libmysqlclient code (mysql_stmt_* prepared once, reused)
// inserting the same rows, on a live MySQL / MariaDB server. Prints wall-clock times, the median
// of 3 rounds, with the client's CPU time beside it.
//   bench_mysql [rows] [mysql://url]      (default: 100000 rows, $CTQL_MYSQL_URL)
// ctql bulk:    insert_into(t).columns(...).values(rows), one call
// ctql single:  one db(insert_into(t).set(...)) per row, in one transaction
// raw batched:  multi-row INSERTs of the batch size ctql picks, one MYSQL_STMT reused, in one transaction
// raw single:   one MYSQL_STMT reused per row, in one transaction
#include <mysql.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <ctql/mysql.hpp>

namespace {

struct bench_users_t : ctql::table<bench_users_t, "bench_users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<64>> name;
  column<"age", int> age;
};
inline constexpr bench_users_t bench_users{};

using row = std::tuple<std::string, int>;

std::vector<row> make_rows(int n) {
  std::vector<row> rows;
  rows.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) rows.emplace_back("user number " + std::to_string(i), i % 90);
  return rows;
}

void reset(ctql::mysql::connection& db) {
  db.drop_all(bench_users);
  db.create_all(bench_users);
}

std::int64_t count(ctql::mysql::connection& db) {
  return std::get<0>(*db(ctql::select(ctql::count()).from(bench_users)).first());
}

// --- ctql ---------------------------------------------------------------------------------------

void ctql_bulk(ctql::mysql::connection& db, const std::vector<row>& rows) {
  db(ctql::insert_into(bench_users).columns(bench_users.name, bench_users.age).values(rows));
}

void ctql_single(ctql::mysql::connection& db, const std::vector<row>& rows) {
  auto tx = db.transaction();
  for (const auto& [name, age] : rows) db(ctql::insert_into(bench_users).set(bench_users.name = name, bench_users.age = age));
  tx.commit();
}

// --- libmysqlclient by hand ----------------------------------------------------------------------

[[noreturn]] void fail(MYSQL_STMT* stmt) { throw std::runtime_error(mysql_stmt_error(stmt)); }

void query(MYSQL* db, const char* sql) {
  if (mysql_query(db, sql) != 0) throw std::runtime_error(mysql_error(db));
}

/// Inserts rows in multi-row statements of `batch` rows (and one for the remainder).
void raw_batched(MYSQL* db, const std::vector<row>& rows, std::size_t batch) {
  auto prepare = [&](std::size_t n) {
    std::string sql = "INSERT INTO `bench_users` (`name`, `age`) VALUES ";
    for (std::size_t i = 0; i < n; ++i) sql += i == 0 ? "(?, ?)" : ", (?, ?)";
    MYSQL_STMT* stmt = mysql_stmt_init(db);
    if (mysql_stmt_prepare(stmt, sql.data(), sql.size()) != 0) fail(stmt);
    return stmt;
  };
  std::vector<MYSQL_BIND> binds(2 * batch);
  std::vector<unsigned long> lengths(batch);
  query(db, "BEGIN");
  MYSQL_STMT* full = prepare(batch);
  for (std::size_t done = 0; done < rows.size();) {
    const std::size_t n = std::min(batch, rows.size() - done);
    MYSQL_STMT* stmt = n == batch ? full : prepare(n);
    std::memset(binds.data(), 0, sizeof(MYSQL_BIND) * 2 * n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& [name, age] = rows[done + i];
      lengths[i] = name.size();
      binds[2 * i].buffer_type = MYSQL_TYPE_STRING;
      binds[2 * i].buffer = const_cast<char*>(name.data());
      binds[2 * i].buffer_length = lengths[i];
      binds[2 * i].length = &lengths[i];
      binds[2 * i + 1].buffer_type = MYSQL_TYPE_LONG;
      binds[2 * i + 1].buffer = const_cast<int*>(&age);
    }
    if (mysql_stmt_bind_param(stmt, binds.data()) != 0 || mysql_stmt_execute(stmt) != 0) fail(stmt);
    if (stmt != full) mysql_stmt_close(stmt);
    done += n;
  }
  mysql_stmt_close(full);
  query(db, "COMMIT");
}

void raw_single(MYSQL* db, const std::vector<row>& rows) {
  const std::string sql = "INSERT INTO `bench_users` (`name`, `age`) VALUES (?, ?)";
  MYSQL_STMT* stmt = mysql_stmt_init(db);
  if (mysql_stmt_prepare(stmt, sql.data(), sql.size()) != 0) fail(stmt);
  query(db, "BEGIN");
  MYSQL_BIND binds[2];
  unsigned long length = 0;
  for (const auto& [name, age] : rows) {
    std::memset(binds, 0, sizeof binds);
    length = name.size();
    binds[0].buffer_type = MYSQL_TYPE_STRING;
    binds[0].buffer = const_cast<char*>(name.data());
    binds[0].buffer_length = length;
    binds[0].length = &length;
    binds[1].buffer_type = MYSQL_TYPE_LONG;
    binds[1].buffer = const_cast<int*>(&age);
    if (mysql_stmt_bind_param(stmt, binds) != 0 || mysql_stmt_execute(stmt) != 0) fail(stmt);
  }
  query(db, "COMMIT");
  mysql_stmt_close(stmt);
}

/// The batch size ctql's connector picks for these rows: 4096 rows unless max_allowed_packet or
/// the 65535-placeholder limit say fewer (here they do not).
constexpr std::size_t ctql_batch_rows = 4096;

struct timing {
  double wall = 0;  // seconds
  double cpu = 0;   // this process's CPU seconds (the client's share of the work)
};

double cpu_now() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

timing measure(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  const double cpu = cpu_now();
  work();
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpu_now() - cpu};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) try {
  const int n = argc > 1 ? std::atoi(argv[1]) : 100'000;
  const char* env = std::getenv("CTQL_MYSQL_URL");
  const std::string url = argc > 2 ? argv[2] : env != nullptr ? env : "";
  if (url.empty()) {
    std::fprintf(stderr, "bench_mysql: give a mysql:// URL or set CTQL_MYSQL_URL (scripts/mariadb-server start)\n");
    return 2;
  }
  const auto rows = make_rows(n);
  auto db = ctql::mysql::connect(url);
  MYSQL* raw = db.native_handle();  // the same session settings for the hand-written code
  auto check = [&](const char* what) {
    if (count(db) != n) throw std::runtime_error(std::string(what) + ": wrong row count");
  };

  struct workload {
    const char* name;
    std::function<void()> run;
    std::vector<double> wall, cpu;
  };
  std::vector<workload> workloads{
      {"ctql values(range)", [&] { ctql_bulk(db, rows); }, {}, {}},
      {"raw C API, same batches", [&] { raw_batched(raw, rows, ctql_batch_rows); }, {}, {}},
      {"ctql single-row inserts", [&] { ctql_single(db, rows); }, {}, {}},
      {"raw C API, single-row inserts", [&] { raw_single(raw, rows); }, {}, {}},
  };
  // Three rounds, each workload once per round (in a rotating order), so a busy machine weighs
  // on every workload alike.
  for (std::size_t round = 0; round < 3; ++round) {
    for (std::size_t k = 0; k < workloads.size(); ++k) {
      workload& w = workloads[(k + round) % workloads.size()];
      reset(db);
      const timing t = measure(w.run);
      check(w.name);
      w.wall.push_back(t.wall);
      w.cpu.push_back(t.cpu);
    }
  }
  db.drop_all(bench_users);

  std::printf("%d rows; median of 3 runs; wall-clock and client CPU seconds\n", n);
  for (const workload& w : workloads)
    std::printf("%-32s wall %7.3f s (%8.0f rows/s)   client cpu %7.3f s\n", w.name, median(w.wall),
                n / median(w.wall), median(w.cpu));
  std::printf("ctql / raw: values(range) wall %.2f cpu %.2f; single-row wall %.2f cpu %.2f\n",
              median(workloads[0].wall) / median(workloads[1].wall), median(workloads[0].cpu) / median(workloads[1].cpu),
              median(workloads[2].wall) / median(workloads[3].wall), median(workloads[2].cpu) / median(workloads[3].cpu));
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "bench_mysql: %s\n", e.what());
  return 1;
}
