// ctql-gen's round trip, second step: the headers ctql-gen wrote (gen_sqlite.hpp, gen_mariadb.hpp,
// gen_postgres.hpp, each in its own namespace) compile, and create_all makes their tables again in a
// fresh database (SQLite: a new file; a server: after drop_all).
//   ctql_gen_recreate sqlite PATH | mariadb URL | postgres URL
#include <cstdio>
#include <string_view>

#include <ctql/mariadb.hpp>
#include <ctql/postgres.hpp>
#include <ctql/sqlite.hpp>

#if __has_include("gen_sqlite.hpp")
#include "gen_sqlite.hpp"
#define CTQL_GEN_SQLITE 1
#endif
#if __has_include("gen_mariadb.hpp")
#include "gen_mariadb.hpp"
#define CTQL_GEN_MARIADB 1
#endif
#if __has_include("gen_postgres.hpp")
#include "gen_postgres.hpp"
#define CTQL_GEN_POSTGRES 1
#endif

namespace {
template <class Db, class... Tables>
void remake(Db db, const Tables&... tables) {
  db.drop_all(tables...);
  db.create_all(tables...);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const std::string_view backend = argv[1];
  try {
#ifdef CTQL_GEN_SQLITE
    if (backend == "sqlite") remake(ctql::sqlite::connect(argv[2]), gen_sqlite::gen_kinds, gen_sqlite::select_, gen_sqlite::gen_checked);
#endif
#ifdef CTQL_GEN_MARIADB
    if (backend == "mariadb") remake(ctql::mariadb::connect(argv[2]), gen_mariadb::gen_kinds, gen_mariadb::select_, gen_mariadb::gen_checked);
#endif
#ifdef CTQL_GEN_POSTGRES
    if (backend == "postgres") remake(ctql::postgres::connect(argv[2]), gen_postgres::gen_kinds, gen_postgres::select_, gen_postgres::gen_checked);
#endif
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ctql_gen_recreate: %s\n", e.what());
    return 1;
  }
  return 0;
}
