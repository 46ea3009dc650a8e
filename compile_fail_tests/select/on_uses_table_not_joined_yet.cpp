// Rule: on() may use only the tables joined so far.
// CTQL-EXPECT-ERROR: ctql: on\(\) uses a column whose table is not joined yet
// CTQL-FIX: Join the table before the on() that uses it (or move the condition to a later on() or to where()).
#include "support/schema.hpp"

void on_uses_table_not_joined_yet() {
  using namespace test;
  using namespace ctql;
  constexpr auto boss = users.as<"boss">();
  auto joined = select(users.name).from(users.join(posts).on(posts.user_id == users.id)
                                            .join(boss).on(boss[users.id] == posts.user_id));
  [[maybe_unused]] auto text = sql<sqlite>(joined);
#ifdef CTQL_COMPILE_FAIL
  auto early = select(users.name).from(users.join(posts).on(boss[users.id] == posts.user_id)
                                           .join(boss).on(boss[users.id] == users.id));
  [[maybe_unused]] auto wrong = sql<sqlite>(early);
#endif
}
