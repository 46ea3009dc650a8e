// Which statement's lost reply leaves a transaction's outcome unknown: the ones that commit.
#include <catch2/catch.hpp>

#include <ctql/core/run/connection_lost.hpp>

using ctql::detail::commits_transaction;

TEST_CASE("commits_transaction: COMMIT and END in any case and spacing, with WORK or TRANSACTION", "[core][run]") {
  CHECK(commits_transaction("COMMIT"));  // ctql's own
  CHECK(commits_transaction("commit"));
  CHECK(commits_transaction("  Commit ;"));
  CHECK(commits_transaction("COMMIT WORK"));
  CHECK(commits_transaction("end transaction"));
  CHECK(commits_transaction("END\n  WORK;"));
  CHECK_FALSE(commits_transaction("RELEASE SAVEPOINT ctql_1"));  // commits nothing on its own
  CHECK_FALSE(commits_transaction("COMMITTED"));
  CHECK_FALSE(commits_transaction(""));
  CHECK_FALSE(commits_transaction("ROLLBACK"));
}

TEST_CASE("connection_lost: only a committing statement's error has an unknown outcome", "[core][run]") {
  const ctql::error during_commit = ctql::detail::connection_lost("commit", true);
  CHECK(during_commit.transaction_outcome_unknown());
  CHECK_THAT(during_commit.what(), Catch::Contains("not known"));
  const ctql::error during_insert = ctql::detail::connection_lost("INSERT INTO t VALUES (1)", true);
  CHECK_FALSE(during_insert.transaction_outcome_unknown());
  CHECK_THAT(during_insert.what(), Catch::Contains("the server rolled it back"));
}
