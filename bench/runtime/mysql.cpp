// ctql's plain idiom against hand-written libmysqlclient code (mysql_stmt_* prepared once and
// reused, results streamed with mysql_stmt_fetch into bound buffers), on the same data, against
// a live MariaDB server, through ctql::mariadb (workload.hpp says what each workload does). scripts/bench runs it
// against the server scripts/mariadb-server starts.
//   bench_mysql <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [mysql://url, default $CTQL_MYSQL_URL]
#include <mysql.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <ctql/mariadb.hpp>

#include "workload.hpp"

namespace {

using bench::measurement;

/// The batch size ctql's connector picks for these rows: 4096 rows unless max_allowed_packet or
/// the 65535-placeholder limit say fewer (here they do not).
constexpr std::size_t ctql_batch_rows = 4096;

using flag = std::remove_pointer_t<decltype(MYSQL_BIND::is_null)>;  // my_bool or bool

[[noreturn]] void fail(MYSQL_STMT* stmt) { throw std::runtime_error(mysql_stmt_error(stmt)); }

void query(MYSQL* db, const char* sql) {
  if (mysql_query(db, sql) != 0) throw std::runtime_error(mysql_error(db));
}

MYSQL_STMT* prepare(MYSQL* db, const std::string& sql) {
  MYSQL_STMT* stmt = mysql_stmt_init(db);
  if (stmt == nullptr) throw std::runtime_error(mysql_error(db));
  if (mysql_stmt_prepare(stmt, sql.data(), sql.size()) != 0) fail(stmt);
  return stmt;
}

void bind_string(MYSQL_BIND& b, const std::string& text, unsigned long& length) {
  length = text.size();
  b.buffer_type = MYSQL_TYPE_STRING;
  b.buffer = const_cast<char*>(text.data());
  b.buffer_length = length;
  b.length = &length;
}

/// A result column fetched into a fixed buffer (the column's longest value fits: utf8mb4 is up
/// to 4 bytes a character).
struct text_column {
  char bytes[512];
  unsigned long length = 0;
  flag is_null = 0;
  void bind(MYSQL_BIND& b) {
    b.buffer_type = MYSQL_TYPE_STRING;
    b.buffer = bytes;
    b.buffer_length = sizeof bytes;
    b.length = &length;
    b.is_null = &is_null;
  }
  std::string text() const { return std::string(bytes, length); }
};

template <class Int>
void bind_int(MYSQL_BIND& b, Int& value) {
  b.buffer_type = sizeof(Int) == 8 ? MYSQL_TYPE_LONGLONG : MYSQL_TYPE_LONG;
  b.buffer = &value;
}

/// Fetches the next row; false at the end. A value cut short would be a wrong result: abort.
bool fetch(MYSQL_STMT* stmt) {
  const int rc = mysql_stmt_fetch(stmt);
  if (rc == 0) return true;
  if (rc == MYSQL_NO_DATA) return false;
  if (rc == MYSQL_DATA_TRUNCATED) throw std::runtime_error("a value was truncated");
  fail(stmt);
}

void raw_insert(MYSQL* db, const std::vector<std::string>& names) {
  MYSQL_STMT* stmt = prepare(db, "INSERT INTO `bench_users` (`name`, `age`) VALUES (?, ?)");
  query(db, "BEGIN");
  MYSQL_BIND binds[2];
  unsigned long length = 0;
  int age = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::memset(binds, 0, sizeof binds);
    bind_string(binds[0], names[i], length);
    age = bench::age_of(i);
    bind_int(binds[1], age);
    if (mysql_stmt_bind_param(stmt, binds) != 0 || mysql_stmt_execute(stmt) != 0) fail(stmt);
  }
  query(db, "COMMIT");
  mysql_stmt_close(stmt);
}

/// Multi-row INSERTs of the batch size ctql picks, one MYSQL_STMT reused, in one transaction.
void raw_bulk(MYSQL* db, const std::vector<std::string>& names) {
  auto prepare_rows = [&](std::size_t n) {
    std::string sql = "INSERT INTO `bench_users` (`name`, `age`) VALUES ";
    for (std::size_t i = 0; i < n; ++i) sql += i == 0 ? "(?, ?)" : ", (?, ?)";
    return prepare(db, sql);
  };
  const std::size_t batch = ctql_batch_rows;
  std::vector<MYSQL_BIND> binds(2 * batch);
  std::vector<unsigned long> lengths(batch);
  std::vector<int> ages(batch);
  query(db, "BEGIN");
  MYSQL_STMT* full = prepare_rows(batch);
  for (std::size_t done = 0; done < names.size();) {
    const std::size_t n = std::min(batch, names.size() - done);
    MYSQL_STMT* stmt = n == batch ? full : prepare_rows(n);
    std::memset(binds.data(), 0, sizeof(MYSQL_BIND) * 2 * n);
    for (std::size_t i = 0; i < n; ++i) {
      bind_string(binds[2 * i], names[done + i], lengths[i]);
      ages[i] = bench::age_of(done + i);
      bind_int(binds[2 * i + 1], ages[i]);
    }
    if (mysql_stmt_bind_param(stmt, binds.data()) != 0 || mysql_stmt_execute(stmt) != 0) fail(stmt);
    if (stmt != full) mysql_stmt_close(stmt);
    done += n;
  }
  mysql_stmt_close(full);
  query(db, "COMMIT");
}

std::size_t raw_count(MYSQL* db) {
  query(db, "SELECT count(*) FROM `bench_users`");
  MYSQL_RES* result = mysql_store_result(db);
  const std::size_t n = std::strtoull(mysql_fetch_row(result)[0], nullptr, 10);
  mysql_free_result(result);
  return n;
}

std::vector<bench::user> raw_select(MYSQL* db) {
  MYSQL_STMT* stmt = prepare(db, "SELECT `id`, `name`, `age`, `email` FROM `bench_users`");
  if (mysql_stmt_execute(stmt) != 0) fail(stmt);
  std::int64_t id = 0;
  int age = 0;
  text_column name, email;
  MYSQL_BIND out[4];
  std::memset(out, 0, sizeof out);
  bind_int(out[0], id);
  name.bind(out[1]);
  bind_int(out[2], age);
  email.bind(out[3]);
  if (mysql_stmt_bind_result(stmt, out) != 0) fail(stmt);
  std::vector<bench::user> all;
  while (fetch(stmt))
    all.push_back(bench::user{id, name.text(), age, email.is_null ? std::nullopt : std::optional(email.text())});
  mysql_stmt_close(stmt);
  return all;
}

std::size_t raw_lookup(MYSQL* db, int rows) {
  MYSQL_STMT* stmt = prepare(db, "SELECT `name`, `age` FROM `bench_users` WHERE `id` = ?");
  std::int64_t id = 0;
  MYSQL_BIND in[1];
  std::memset(in, 0, sizeof in);
  bind_int(in[0], id);
  if (mysql_stmt_bind_param(stmt, in) != 0) fail(stmt);
  text_column name;
  int age = 0;
  MYSQL_BIND out[2];
  std::memset(out, 0, sizeof out);
  name.bind(out[0]);
  bind_int(out[1], age);
  if (mysql_stmt_bind_result(stmt, out) != 0) fail(stmt);
  std::size_t check = 0;
  for (id = 1; id <= rows; ++id) {
    if (mysql_stmt_execute(stmt) != 0) fail(stmt);
    if (fetch(stmt)) {
      const std::string text = name.text();
      check += bench::checksum(id, text, age);
    }
    if (mysql_stmt_free_result(stmt) != 0) fail(stmt);
  }
  mysql_stmt_close(stmt);
  return check;
}

std::size_t raw_filter(MYSQL* db) {
  MYSQL_STMT* stmt = prepare(db, "SELECT `id`, `name`, `age` FROM `bench_users` WHERE `age` BETWEEN ? AND ? AND `name` LIKE ?");
  int low = 0, high = 0;
  std::string pattern;
  unsigned long pattern_length = 0;
  MYSQL_BIND in[3];
  std::int64_t id = 0;
  int age = 0;
  text_column name;
  MYSQL_BIND out[3];
  std::memset(out, 0, sizeof out);
  bind_int(out[0], id);
  name.bind(out[1]);
  bind_int(out[2], age);
  if (mysql_stmt_bind_result(stmt, out) != 0) fail(stmt);
  std::size_t check = 0;
  for (int q = 0; q < bench::filter_queries; ++q) {
    low = bench::filter_low(q);
    high = low + 2;
    pattern = bench::filter_pattern(q);
    std::memset(in, 0, sizeof in);
    bind_int(in[0], low);
    bind_int(in[1], high);
    bind_string(in[2], pattern, pattern_length);
    if (mysql_stmt_bind_param(stmt, in) != 0 || mysql_stmt_execute(stmt) != 0) fail(stmt);
    while (fetch(stmt)) {
      const std::string text = name.text();
      check += bench::checksum(id, text, age);
    }
  }
  mysql_stmt_close(stmt);
  return check;
}

/// Run once the rows are loaded (not timed), on both sides alike: fresh statistics, so that the
/// server does not gather them during the workload.
constexpr const char* after_load = "ANALYZE TABLE `bench_users`";

/// Runs SQL that returns rows, and drops them.
void query_discarding_rows(MYSQL* db, const char* sql) {
  query(db, sql);
  if (MYSQL_RES* rows = mysql_store_result(db)) mysql_free_result(rows);
}

std::size_t run_raw(const bench::run_request& request, measurement& m) {
  // The handle of a ctql connection: the same session settings (opening is not measured).
  auto connection = ctql::mariadb::connect(request.database);
  MYSQL* db = connection.native_handle();
  query(db, "DROP TABLE IF EXISTS `bench_users`");
  query(db, "CREATE TABLE `bench_users` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` VARCHAR(64) NOT NULL, "
            "`age` INT NOT NULL, `email` VARCHAR(128)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
  const bench::hand_written_steps steps{
      [db](const std::vector<std::string>& names) { raw_insert(db, names); },
      [db](const std::vector<std::string>& names) { raw_bulk(db, names); },
      [db] { query_discarding_rows(db, after_load); },
      [db] { return raw_count(db); },
      [db] { return raw_select(db); },
      [db](int rows) { return raw_lookup(db, rows); },
      [db] { return raw_filter(db); }};
  const std::size_t check = bench::run_hand_written(steps, request.workload, request.rows, m);
  query(db, "DROP TABLE `bench_users`");
  return check;
}

std::size_t run_ctql(const bench::run_request& request, measurement& m) {
  auto db = ctql::mariadb::connect(request.database);  // the server the test command starts is MariaDB
  return bench::run_ctql(db, request.workload, request.rows, m, after_load);
}

}  // namespace

int main(int argc, char** argv) {
  return bench::run_main(argc, argv, "mysql://url, default $CTQL_MYSQL_URL", std::getenv("CTQL_MYSQL_URL"), run_ctql,
                         run_raw);
}
