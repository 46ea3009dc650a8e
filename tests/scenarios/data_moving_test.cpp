// INSERT ... SELECT and UPDATE ... FROM on every backend: archive-then-delete (with RETURNING where
// the dialect has it), a prepared INSERT ... SELECT, INSERT ... SELECT with on_conflict, bulk
// UPDATE ... FROM a derived table, UPDATE ... FROM a CTE, UPDATE ... FROM an alias of the table
// (update_from_order_test.cpp: sources that bind values with set() and where() that do too).
// Every expected value is worked out by hand from the data set in fill().
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"
#include "scenarios/own_connection.hpp"

using namespace test;
using namespace ctql;
using std::optional;
using std::string;

namespace {
// The cases that run RETURNING, or an UPDATE ... RETURNING, where the dialect allows it choose at
// compile time (dialect_t): on an engine they run on the dialect's own connection
// (on_own_connection: db.visit), since db(q) compiles q for every dialect and MySQL refuses these
// (compile_fail_tests/engine/).

/// Where old users go: their key kept, no reference to users.
struct archive_t : ctql::table<archive_t, "archive"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"email", std::optional<std::string>> email;
};
inline constexpr archive_t archive{};

/// One row per user, filled by INSERT ... SELECT and updated from posts.
struct user_stats_t : ctql::table<user_stats_t, "user_stats"> {
  column<"user_id", std::int64_t, ctql::primary_key> user_id;
  column<"post_count", std::int64_t, ctql::default_value<0>> post_count;
  column<"note", std::optional<std::string>> note;
};
inline constexpr user_stats_t user_stats{};

// users: 1 Ann 40 ann@x, 2 Bob 30 (no email), 3 Cid 80 (no email), 4 Dee 45 dee@x, 5 Eve 90 eve@x.
// posts: 10 Ann "a", 11 Ann "b", 12 Bob "c", 13 Dee "d", 14 Ann "e". Cid and Eve have none.
template <class Db>
void fill(Db& db) {
  db.drop_all(archive, user_stats);
  db.create_all(archive, user_stats);
  const ctql::timestamp at{};
  auto user = [&](std::int64_t id, const char* name, int age, optional<string> email) {
    db(insert_into(users).set(users.id = id, users.name = name, users.age = age, users.email = email));
  };
  user(1, "Ann", 40, "ann@x");
  user(2, "Bob", 30, std::nullopt);
  user(3, "Cid", 80, std::nullopt);
  user(4, "Dee", 45, "dee@x");
  user(5, "Eve", 90, "eve@x");
  auto post = [&](std::int64_t id, std::int64_t user_id, const char* title) {
    db(insert_into(posts).set(posts.id = id, posts.user_id = user_id, posts.title = title, posts.created = at,
                              posts.class_ = "c"));
  };
  post(10, 1, "a");
  post(11, 1, "b");
  post(12, 2, "c");
  post(13, 4, "d");
  post(14, 1, "e");
}

template <class Db>
std::vector<std::tuple<std::int64_t, string, optional<string>>> archived(Db& db) {
  return db(select(archive.id, archive.name, archive.email).from(archive).order_by(archive.id)).all();
}
template <class Db>
std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>> stats(Db& db) {
  return db(select(user_stats.user_id, user_stats.post_count, user_stats.note).from(user_stats).order_by(user_stats.user_id)).all();
}
template <class Row>
std::vector<Row> sorted(std::vector<Row> rows) {
  std::sort(rows.begin(), rows.end());
  return rows;
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("archive-then-delete: INSERT ... SELECT the old users, then delete them", "[scenario][insert_select]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto tx = db.transaction();
  const exec_result copied = db(insert_into(archive)
                                    .columns(archive.id, archive.name, archive.email)
                                    .from_select(select(users.id, users.name, users.email).from(users).where(users.age > 65)));
  // Older than 65: Cid (80) and Eve (90).
  CHECK(copied.rows_affected == 2);
  // Documented: an INSERT ... SELECT reports no key (MySQL would give the first row's, SQLite the last's).
  CHECK(copied.last_insert_id == 0);
  const exec_result removed = db(delete_from(users).where(users.age > 65));
  CHECK(removed.rows_affected == 2);
  tx.commit();
  CHECK(archived(db) == std::vector<std::tuple<std::int64_t, string, optional<string>>>{{3, "Cid", std::nullopt}, {5, "Eve", "eve@x"}});
  // Left: Ann 1, Bob 2, Dee 4.
  CHECK(db(select(users.id).from(users).order_by(users.id)).all() == std::vector<std::tuple<std::int64_t>>{{1}, {2}, {4}});
}

TEMPLATE_LIST_TEST_CASE("archive-then-delete with RETURNING: the keys moved and the keys deleted", "[scenario][insert_select]",
                        backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    fill(db);
    if constexpr (dialect_t<decltype(db)>::supports_returning) {
      // Without an email: Bob (2) and Cid (3); RETURNING gives the inserted rows' values.
      auto moved = db(insert_into(archive)
                          .columns(archive.id, archive.name)
                          .from_select(select(users.id, users.name).from(users).where(users.email.is_null()))
                          .returning(archive.id, archive.name))
                       .all();
      CHECK(sorted(moved) == std::vector<std::tuple<std::int64_t, string>>{{2, "Bob"}, {3, "Cid"}});
      // Bob has a post: delete it first, then both users.
      db(delete_from(posts).where(posts.user_id == 2));
      auto gone = db(delete_from(users).where(users.email.is_null()).returning(users.id)).all();
      CHECK(sorted(gone) == std::vector<std::tuple<std::int64_t>>{{2}, {3}});
      CHECK(archived(db) == std::vector<std::tuple<std::int64_t, string, optional<string>>>{{2, "Bob", std::nullopt}, {3, "Cid", std::nullopt}});
    } else {
      SUCCEED(dialect_t<decltype(db)>::name << " has no RETURNING; rendering it does not compile");
    }
  });
}

TEMPLATE_LIST_TEST_CASE("a prepared INSERT ... SELECT binds its param each run", "[scenario][insert_select]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto archive_older = db.prepare(insert_into(archive)
                                      .columns(archive.id, archive.name)
                                      .from_select(select(users.id, users.name).from(users).where(users.age > param<"age">)));
  // Older than 85: Eve only.
  const exec_result first = archive_older(85);
  CHECK(first.rows_affected == 1);
  CHECK(first.last_insert_id == 0);
  // Run again with 44 on an empty archive: Eve again would be a duplicate key otherwise.
  db(delete_from(archive).unconditionally());
  const exec_result second = archive_older(44);
  // Older than 44: Dee 45, Cid 80, Eve 90.
  CHECK(second.rows_affected == 3);
  CHECK(archived(db) == std::vector<std::tuple<std::int64_t, string, optional<string>>>{
                            {3, "Cid", std::nullopt}, {4, "Dee", std::nullopt}, {5, "Eve", std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("INSERT ... SELECT with on_conflict keeps or updates the archived rows", "[scenario][insert_select][upsert]",
                        backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    fill(db);
    db(insert_into(archive).set(archive.id = 1, archive.name = "old Ann"));
    // Younger than 50: Ann 1 (already archived: kept as "old Ann"), Bob 2, Dee 4.
    const exec_result kept = db(insert_into(archive)
                                    .columns(archive.id, archive.name, archive.email)
                                    .from_select(select(users.id, users.name, users.email).from(users).where(users.age < 50))
                                    .on_conflict(archive.id)
                                    .do_nothing());
    CHECK(kept.last_insert_id == 0);
    // Bob and Dee inserted: 2. MySQL/MariaDB count a row they found and left as it was too (1, with
    // CLIENT_FOUND_ROWS, which the connector sets): 3. (The upsert row count, issue 13.)
    constexpr bool counts_like_mysql = dialect_t<decltype(db)>::upsert == upsert_style::on_duplicate_key_update;
    CHECK(kept.rows_affected == (counts_like_mysql ? 3 : 2));
    CHECK(archived(db) == std::vector<std::tuple<std::int64_t, string, optional<string>>>{
                              {1, "old Ann", std::nullopt}, {2, "Bob", std::nullopt}, {4, "Dee", "dee@x"}});
    // MySQL 8 has no spelling of excluded() after INSERT ... SELECT: an engine compiles this for it
    // too, and it never runs there (no mysql:// backend); every other dialect runs it.
    if constexpr (dialect_t<decltype(db)>::excluded != excluded_style::row_alias) {
      // Every user, no where() (SQLite gets WHERE true before ON CONFLICT): 1, 2 and 4 updated to the
      // user's name with "!" and the user's email; 3 and 5 inserted.
      const exec_result merged = db(insert_into(archive)
                                        .columns(archive.id, archive.name, archive.email)
                                        .from_select(select(users.id, concat(users.name, "!"), users.email).from(users))
                                        .on_conflict(archive.id)
                                        .do_update(archive.name = excluded(archive.name), archive.email = excluded(archive.email)));
      CHECK(merged.last_insert_id == 0);
      // Cid and Eve inserted, Ann, Bob and Dee updated: 5 rows; MySQL/MariaDB count an updated row twice: 2 + 3 * 2 = 8.
      CHECK(merged.rows_affected == (counts_like_mysql ? 8 : 5));
      CHECK(archived(db) == std::vector<std::tuple<std::int64_t, string, optional<string>>>{{1, "Ann!", "ann@x"},
                                                                                            {2, "Bob!", std::nullopt},
                                                                                            {3, "Cid!", std::nullopt},
                                                                                            {4, "Dee!", "dee@x"},
                                                                                            {5, "Eve!", "eve@x"}});
    }
    // MariaDB refuses do_nothing().returning() (its no-op update would return the existing row).
    if constexpr (dialect_t<decltype(db)>::supports_returning &&
                  dialect_t<decltype(db)>::upsert == upsert_style::on_conflict) {
      // Ann and Bob again and a conflict each: nothing inserted, nothing returned.
      auto returned = db(insert_into(archive)
                             .columns(archive.id, archive.name)
                             .from_select(select(users.id, users.name).from(users).where(users.id <= 2))
                             .on_conflict(archive.id)
                             .do_nothing()
                             .returning(archive.id))
                          .all();
      CHECK(returned.empty());
    }
  });
}

TEMPLATE_LIST_TEST_CASE("bulk UPDATE ... FROM a derived table sets each user's post count", "[scenario][update_from]", backends) {
  auto connection = TestType::connect();
  on_own_connection<TestType>(connection, [&](auto& db) {
    fill(db);
    // One stats row per user (post_count takes its default, 0).
    CHECK(db(insert_into(user_stats).columns(user_stats.user_id).from_select(select(users.id).from(users))).rows_affected == 5);
    constexpr auto n = count(posts.id).as<"n">();
    // Posts other than "e": Ann a, b (2), Bob c (1), Dee d (1).
    auto top = select(posts.user_id, n).from(posts).where(posts.title != "e").group_by(posts.user_id).as<"top">();
    const exec_result r =
        db(update(user_stats).set(user_stats.post_count = top[n]).from(top).where(top[posts.user_id] == user_stats.user_id));
    CHECK(r.rows_affected == 3);
    CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                           {1, 2, std::nullopt}, {2, 1, std::nullopt}, {3, 0, std::nullopt}, {4, 1, std::nullopt}, {5, 0, std::nullopt}});
    // From a plain table, with a value in where(): the names of users older than 42 as notes (Dee 45, Cid 80, Eve 90).
    const exec_result named =
        db(update(user_stats).set(user_stats.note = users.name).from(users).where(users.id == user_stats.user_id && users.age > 42));
    CHECK(named.rows_affected == 3);
    CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                           {1, 2, std::nullopt}, {2, 1, std::nullopt}, {3, 0, "Cid"}, {4, 1, "Dee"}, {5, 0, "Eve"}});
    {
      // Both the derived table and set() bind a value: SET's first on SQLite and PostgreSQL, the source's
      // first on MariaDB (written before SET). Swapped, no post would be titled "has d" and no row would change.
      auto d_posts = select(posts.user_id).from(posts).where(posts.title == "d").as<"d_posts">();
      const exec_result d = db(update(user_stats).set(user_stats.note = "has d").from(d_posts).where(d_posts[posts.user_id] == user_stats.user_id));
      CHECK(d.rows_affected == 1);  // Dee (4)
      CHECK(db(select(user_stats.note).from(user_stats).where(user_stats.user_id == 4)).all() ==
            std::vector<std::tuple<optional<string>>>{{"has d"}});
    }
    if constexpr (dialect_t<decltype(db)>::supports_update_returning) {
      // RETURNING after UPDATE ... FROM: the rows changed, their new values. Ann has 3 posts in all.
      constexpr auto all_posts = count(posts.id).as<"all_posts">();
      auto every = select(posts.user_id, all_posts).from(posts).group_by(posts.user_id).as<"every">();
      auto changed = db(update(user_stats)
                            .set(user_stats.post_count = every[all_posts])
                            .from(every)
                            .where(every[posts.user_id] == user_stats.user_id)
                            .returning(user_stats.user_id, user_stats.post_count))
                         .all();
      CHECK(sorted(changed) == std::vector<std::tuple<std::int64_t, std::int64_t>>{{1, 3}, {2, 1}, {4, 1}});
    }
  });
}

TEMPLATE_LIST_TEST_CASE("UPDATE ... FROM a CTE, with values bound in the CTE and in set()", "[scenario][update_from][cte]", backends) {
  auto db = TestType::connect();
  fill(db);
  db(insert_into(user_stats).columns(user_stats.user_id).from_select(select(users.id).from(users)));
  constexpr auto n = count(posts.id).as<"n">();
  // Posts other than "a": Ann b, e (2), Bob c (1), Dee d (1).
  auto counts = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != "a").group_by(posts.user_id));
  const exec_result r = db(update(user_stats)
                               .set(user_stats.post_count = counts[n], user_stats.note = "counted")
                               .from(counts)
                               .where(counts[posts.user_id] == user_stats.user_id));
  CHECK(r.rows_affected == 3);
  CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                         {1, 2, "counted"}, {2, 1, "counted"}, {3, 0, std::nullopt}, {4, 1, "counted"}, {5, 0, std::nullopt}});
  // Prepared, with the CTE's value a param: posts other than "c" are Ann a, b, e (3) and Dee d (1);
  // Bob is not in the CTE, so his row keeps 1 (and its note).
  auto but = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != param<"skip">).group_by(posts.user_id));
  auto recount = db.prepare(update(user_stats)
                                .set(user_stats.post_count = but[n] * 10, user_stats.note = std::nullopt)
                                .from(but)
                                .where(but[posts.user_id] == user_stats.user_id));
  CHECK(recount("c").rows_affected == 2);
  CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                         {1, 30, std::nullopt}, {2, 1, "counted"}, {3, 0, std::nullopt}, {4, 10, std::nullopt}, {5, 0, std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("UPDATE ... FROM an alias of the updated table, and a hostile name", "[scenario][update_from]", backends) {
  auto db = TestType::connect();
  fill(db);
  db(insert_into(user_stats).columns(user_stats.user_id).from_select(select(users.id).from(users)));
  const string hostile = "it's \"quoted\" \\ — ünïcode; DROP TABLE users; --";
  db(update(user_stats).set(user_stats.note = hostile).where(user_stats.user_id == 1));
  db(update(user_stats).set(user_stats.note = "").where(user_stats.user_id == 3));
  // "before" is a reserved word on MySQL/MariaDB. Rows 2 and 4 take the note of the row before them
  // (1 and 3, which this statement does not change, so the order rows are changed in cannot matter).
  constexpr auto before = user_stats.as<"before">();
  const exec_result r = db(update(user_stats)
                               .set(user_stats.note = before[user_stats.note])
                               .from(before)
                               .where(before[user_stats.user_id] == user_stats.user_id - 1 &&
                                      (user_stats.user_id == 2 || user_stats.user_id == 4)));
  CHECK(r.rows_affected == 2);
  CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                         {1, 0, hostile}, {2, 0, hostile}, {3, 0, ""}, {4, 0, ""}, {5, 0, std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("UPDATE ... FROM a join: a row matched by several source rows changes once", "[scenario][update_from]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  db(insert_into(user_stats).columns(user_stats.user_id).from_select(select(users.id).from(users)));
  // Users with posts: Ann (3 posts, so 3 joined rows), Bob, Dee; Cid and Eve have none.
  const exec_result r = db(update(user_stats)
                               .set(user_stats.note = "has posts", user_stats.post_count = user_stats.post_count + 1)
                               .from(users.join(posts).on(posts.user_id == users.id))
                               .where(users.id == user_stats.user_id));
  CHECK(r.rows_affected == 3);
  // post_count + 1 once per row, not once per joined row: Ann has 1, not 3.
  CHECK(stats(db) == std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>{
                         {1, 1, "has posts"}, {2, 1, "has posts"}, {3, 0, std::nullopt}, {4, 1, "has posts"}, {5, 0, std::nullopt}});
}
