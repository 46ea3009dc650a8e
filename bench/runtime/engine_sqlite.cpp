// The cost of an engine over a direct connection (docs/engine.md): the bench_sqlite workloads run
// through ctql::create_engine("sqlite://...").connect() ("ctql") and through
// ctql::sqlite::connect() ("raw"); compare their instruction counts with callgrind.
//   bench_engine_sqlite <ctql|raw> <insert|bulk|select|lookup|filter> [rows] [database file, default :memory:]
#include <string>

#include <ctql/engine.hpp>
#include <ctql/sqlite.hpp>

#include "workload.hpp"

namespace {

std::size_t run_engine(const bench::run_request& request, bench::measurement& m) {
  auto engine = ctql::create_engine(request.database == ":memory:" ? std::string("sqlite://")
                                                                    : "sqlite:///" + request.database);
  auto db = engine.connect();
  return bench::run_ctql(db, request.workload, request.rows, m);
}

std::size_t run_direct(const bench::run_request& request, bench::measurement& m) {
  auto db = ctql::sqlite::connect(request.database);
  return bench::run_ctql(db, request.workload, request.rows, m);
}

}  // namespace

int main(int argc, char** argv) {
  return bench::run_main(argc, argv, "database file", ":memory:", run_engine, run_direct);
}
