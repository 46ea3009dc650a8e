#pragma once
// The "COMMIT whose reply is lost" checks, the same for every server: the proxy passes COMMIT on and
// drops only the server's answer, so the server has committed and the client never hears. Saying
// "rolled back" there would invite running the work again, twice over.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include <ctql/orm.hpp>

#include "support/reply_dropping_proxy.hpp"
#include "support/schema.hpp"

namespace test {

/// A row of users as a session object.
struct user_object {
  using table = users_t;
  std::int64_t id = 0;
  std::string name = {};
  int age = 0;
  std::optional<std::string> email = {};
};

/// `connect_via(port)`: a connection to the test database through 127.0.0.1:port; `commit_marker`:
/// COMMIT as the server's protocol carries it; `direct`: a connection to the same (empty) database.
template <class Direct, class ConnectVia>
void check_commit_reply_lost(Direct& direct, int server_port, const std::string& commit_marker, ConnectVia connect_via) {
  using Catch::Contains;
  const auto rows_named = [&](const std::string& name) {
    return direct(ctql::select(ctql::count()).from(users).where(users.name == name)).first();
  };
  SECTION("a transaction guard's commit") {
    reply_dropping_proxy proxy(server_port, commit_marker);
    auto via_proxy = connect_via(proxy.port());
    {
      auto tx = via_proxy.transaction();
      via_proxy(ctql::insert_into(users).set(users.name = "sent before the reply was lost"));
      try {
        tx.commit();
        FAIL("a commit whose reply never came was reported as done");
      } catch (const ctql::error& e) {
        CHECK_THAT(e.what(), Contains("whether the server committed it is not known"));
        CHECK_THAT(e.what(), !Contains("rolled it back"));
        CHECK(e.transaction_outcome_unknown());
        CHECK(e.sql() == "COMMIT");
      }
    }  // the guard, on a lost connection, goes without an exception
    CHECK(proxy.dropped());
    // By hand: the server committed the one row.
    CHECK(rows_named("sent before the reply was lost") == std::tuple{std::int64_t{1}});
  }
  SECTION("a ctql::session's commit: the objects keep their keys, and leave the session") {
    reply_dropping_proxy proxy(server_port, commit_marker);
    auto via_proxy = connect_via(proxy.port());
    auto s = ctql::session(via_proxy);
    user_object& ann = s.add(user_object{.name = "Ann"});
    s.flush();
    const std::int64_t ann_id = ann.id;
    REQUIRE(ann_id != 0);  // the flush's INSERT assigned it
    try {
      s.commit();
      FAIL("a commit whose reply never came was reported as done");
    } catch (const ctql::error& e) {
      CHECK(e.transaction_outcome_unknown());
    }
    CHECK(proxy.dropped());
    // Not reset to 0 as if rolled back: the server committed Ann under that key.
    CHECK(ann.id == ann_id);
    // Ann has left the session: a change of hers is not tracked, so this commit has nothing to write
    // (a tracked change would need the lost connection, and raise).
    ann.name = "Ann, changed after";
    CHECK_NOTHROW(s.commit());
    CHECK(direct(ctql::select(users.name).from(users).where(users.id == ann_id)).first() ==
          std::tuple{std::string("Ann")});
  }
}

}  // namespace test
