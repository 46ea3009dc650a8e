#pragma once
// What the runtime benchmarks share: the table, the data, the ctql side of each workload (one
// template for every connector: the plain idiom does not change with the database), the timer and
// the command line. Each connector's program adds the same workloads written by hand against its
// client library, with prepared statements reused, and runs one workload per process:
//   bench_<connector> <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [database]
// and prints `<impl> <workload> rows=<n> seconds=<wall> cpu=<client cpu> check=<c>`. `check` is a
// checksum of what the workload read or wrote: scripts/bench refuses a run where ctql and raw
// disagree on it.
//   insert  W1: `rows` rows inserted one by one, in one transaction
//   bulk    W1: the same rows through values(range) (raw: what the connector sends for it)
//   select  W2: all `rows` rows into a vector of structs
//   lookup  W3: `rows` point lookups by primary key, in a table of `rows` rows
//   filter  W4: 1,000 selects with age BETWEEN ? AND ? AND name LIKE ?, over `rows` rows
#include <valgrind/callgrind.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <ctql/ctql.hpp>

namespace bench {

struct users_t : ctql::table<users_t, "bench_users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<64>> name;
  column<"age", int> age;
  column<"email", std::optional<std::string>, ctql::max_length<128>> email;
};
inline constexpr users_t users{};

struct user {
  std::int64_t id;
  std::string name;
  int age;
  std::optional<std::string> email;
};

constexpr int filter_queries = 1000;

inline std::vector<std::string> make_names(int rows) {
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(rows));
  for (int i = 0; i < rows; ++i) names.push_back("user number " + std::to_string(i));
  return names;
}
inline int age_of(std::size_t row) { return static_cast<int>(row % 90); }

/// Query q of W4 asks for ages [low, low + 2] and names with this prefix.
inline int filter_low(int q) { return q % 80; }
inline std::string filter_pattern(int q) { return "user number " + std::to_string(q % 10) + "%"; }

/// What a row read contributes to the checksum.
inline std::size_t checksum(std::int64_t id, std::string_view name, int age) {
  return static_cast<std::size_t>(id) + name.size() + static_cast<std::size_t>(age);
}

/// The checksum of W2's rows.
inline std::size_t checksum(const std::vector<user>& all) {
  std::size_t sum = 0;
  for (const user& u : all) sum += checksum(u.id, u.name, u.age) + (u.email ? 1 : 0);
  return sum;
}

/// Times the workload, wall-clock and this process's CPU time (the client's share of the work
/// when a server does the rest), and under callgrind (--collect-atstart=no) counts only it.
class measurement {
 public:
  void start() {
    CALLGRIND_TOGGLE_COLLECT;
    cpu_begin_ = cpu_now();
    begin_ = std::chrono::steady_clock::now();
  }
  void stop() {
    end_ = std::chrono::steady_clock::now();
    cpu_end_ = cpu_now();
    CALLGRIND_TOGGLE_COLLECT;
  }
  double seconds() const { return std::chrono::duration<double>(end_ - begin_).count(); }
  double cpu_seconds() const { return cpu_end_ - cpu_begin_; }

 private:
  static double cpu_now() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
  std::chrono::steady_clock::time_point begin_, end_;
  double cpu_begin_ = 0, cpu_end_ = 0;
};

// --- the ctql side: the same code on every connector ----------------------------------------------

template <class Connection>
void ctql_insert(Connection& db, const std::vector<std::string>& names) {
  auto tx = db.transaction();
  for (std::size_t i = 0; i < names.size(); ++i)
    db(ctql::insert_into(users).set(users.name = names[i], users.age = age_of(i)));
  tx.commit();
}

template <class Connection>
void ctql_bulk(Connection& db, const std::vector<std::string>& names) {
  std::vector<std::tuple<std::string_view, int>> rows;
  rows.reserve(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) rows.emplace_back(names[i], age_of(i));
  db(ctql::insert_into(users).columns(users.name, users.age).values(rows));
}

template <class Connection>
std::size_t ctql_count(Connection& db) {
  return static_cast<std::size_t>(std::get<0>(*db(ctql::select(ctql::count()).from(users)).first()));
}

/// Runs `workload` on a fresh table; returns its checksum. `after_load`: SQL that settles the
/// server once the rows of W2-W4 are in (statistics), so that it does not run during the workload.
template <class Connection>
std::size_t run_ctql(Connection& db, std::string_view workload, int rows, measurement& m,
                     std::string_view after_load = {}) {
  db.drop_all(users);
  db.create_all(users);
  const auto names = make_names(rows);
  auto load = [&] {
    ctql_bulk(db, names);
    if (!after_load.empty()) db.execute(after_load);
  };
  std::size_t check = 0;
  if (workload == "insert") {
    m.start();
    ctql_insert(db, names);
    m.stop();
    check = ctql_count(db);
  } else if (workload == "bulk") {
    m.start();
    ctql_bulk(db, names);
    m.stop();
    check = ctql_count(db);
  } else if (workload == "select") {
    load();
    m.start();
    std::vector<user> all = db(ctql::select(ctql::all_of(users)).from(users)).template as<user>();
    m.stop();
    check = checksum(all);
  } else if (workload == "lookup") {
    load();
    m.start();
    for (std::int64_t id = 1; id <= rows; ++id) {
      auto row = db(ctql::select(users.name, users.age).from(users).where(users.id == id)).first();
      if (row) check += checksum(id, std::get<0>(*row), std::get<1>(*row));
    }
    m.stop();
  } else {
    load();
    m.start();
    for (int q = 0; q < filter_queries; ++q) {
      const int low = filter_low(q);
      const std::string pattern = filter_pattern(q);
      for (auto [id, name, age] : db(ctql::select(users.id, users.name, users.age)
                                         .from(users)
                                         .where(users.age.between(low, low + 2) && users.name.like(pattern))))
        check += checksum(id, name, age);
    }
    m.stop();
  }
  db.drop_all(users);
  return check;
}

// --- the hand-written side's order of work, for the server connectors ---------------------------

/// What a connector's hand-written code does, a function per step; each runs on the handle the
/// connector keeps. One call per workload: the calls cost nothing next to the work.
struct hand_written_steps {
  std::function<void(const std::vector<std::string>&)> insert, bulk;
  std::function<void()> after_load;  // once the rows of W2-W4 are in (statistics)
  std::function<std::size_t()> count;
  std::function<std::vector<user>()> select_all;
  std::function<std::size_t(int rows)> lookups;
  std::function<std::size_t()> filtered_selects;
};

/// Runs `workload` with `raw` on a fresh, empty table, as run_ctql does; returns its checksum.
inline std::size_t run_hand_written(const hand_written_steps& raw, std::string_view workload, int rows,
                                    measurement& m) {
  const auto names = make_names(rows);
  if (workload == "insert" || workload == "bulk") {
    m.start();
    (workload == "insert" ? raw.insert : raw.bulk)(names);
    m.stop();
    return raw.count();
  }
  raw.bulk(names);
  raw.after_load();
  if (workload == "select") {
    m.start();
    const std::vector<user> all = raw.select_all();
    m.stop();
    return checksum(all);
  }
  m.start();
  const std::size_t check = workload == "lookup" ? raw.lookups(rows) : raw.filtered_selects();
  m.stop();
  return check;
}

// --- the command line ------------------------------------------------------------------------------

/// What one run is asked to do.
struct run_request {
  std::string workload;
  int rows;
  std::string database;  // a file for SQLite, a URL for a server
};

/// Parses the command line, runs the request with `ctql_side` or `raw_side` and prints the line
/// scripts/bench reads. `database_hint` says in the usage message what the last argument is;
/// `default_database` is used without it.
inline int run_main(int argc, char** argv, const char* database_hint, const char* default_database,
                    const std::function<std::size_t(const run_request&, measurement&)>& ctql_side,
                    const std::function<std::size_t(const run_request&, measurement&)>& raw_side) try {
  const std::string impl = argc > 1 ? argv[1] : "";
  const std::string workload = argc > 2 ? argv[2] : "";
  const bool known = workload == "insert" || workload == "bulk" || workload == "select" || workload == "lookup" ||
                     workload == "filter";
  const std::string database = argc > 4 && *argv[4] != '\0' ? argv[4] : default_database ? default_database : "";
  if ((impl != "ctql" && impl != "raw") || !known || database.empty()) {
    std::fprintf(stderr, "usage: %s <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [%s]\n", argv[0],
                 database_hint);
    return 2;
  }
  const run_request request{workload, argc > 3 ? std::atoi(argv[3]) : 20000, database};
  measurement m;
  const std::size_t check = impl == "ctql" ? ctql_side(request, m) : raw_side(request, m);
  std::printf("%s %s rows=%d seconds=%.6f cpu=%.6f check=%zu\n", impl.c_str(), workload.c_str(), request.rows,
              m.seconds(), m.cpu_seconds(), check);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
  return 1;
}

}  // namespace bench
