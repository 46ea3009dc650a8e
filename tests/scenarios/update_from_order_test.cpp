// UPDATE ... FROM where the source binds values and set() and where() do too, on every backend: a
// derived table with a value, the same prepared with param<>s given by name in another order, a
// join's ON value, and CTEs in a join (MariaDB: each CTE written in place as a derived table, since
// it takes no WITH in front of UPDATE), prepared and recursive too. Every expected value is worked out
// by hand from the data set in fill().
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::optional;
using std::string;

namespace {
/// One row per user, changed by UPDATE ... FROM.
struct tallies_t : ctql::table<tallies_t, "tallies"> {
  column<"user_id", std::int64_t, ctql::primary_key> user_id;
  column<"score", std::int64_t, ctql::default_value<0>> score;
  column<"note", std::optional<std::string>> note;
};
inline constexpr tallies_t tallies{};

// users: 1 Ann 40, 2 Bob 30, 3 Cid 80, 4 Dee 45, 5 Eve 90.
// posts: 10 Ann "a", 11 Ann "b", 12 Bob "c", 13 Dee "d", 14 Ann "e". Cid and Eve have none.
// tallies: one row per user, score 0 and no note, except Dee: score 7.
template <class Db>
void fill(Db& db) {
  db.drop_all(tallies);
  db.create_all(tallies);
  const ctql::timestamp at{};
  auto user = [&](std::int64_t id, const char* name, int age) {
    db(insert_into(users).set(users.id = id, users.name = name, users.age = age));
    db(insert_into(tallies).set(tallies.user_id = id));
  };
  user(1, "Ann", 40);
  user(2, "Bob", 30);
  user(3, "Cid", 80);
  user(4, "Dee", 45);
  user(5, "Eve", 90);
  auto post = [&](std::int64_t id, std::int64_t user_id, const char* title) {
    db(insert_into(posts).set(posts.id = id, posts.user_id = user_id, posts.title = title, posts.created = at,
                              posts.class_ = "c"));
  };
  post(10, 1, "a");
  post(11, 1, "b");
  post(12, 2, "c");
  post(13, 4, "d");
  post(14, 1, "e");
  db(update(tallies).set(tallies.score = 7).where(tallies.user_id == 4));
}

/// The posts not titled param<"skip">, counted per user. Out of the test templates: there g++ 12
/// takes an expression with param<"..."> for a dependent one, and would want `.template as<...>()`.
inline auto count_posts_but_skip() {
  constexpr auto n = count(posts.id).as<"n">();
  return select(posts.user_id, n).from(posts).where(posts.title != param<"skip">).group_by(posts.user_id).as<"by_title">();
}

using tally_rows = std::vector<std::tuple<std::int64_t, std::int64_t, optional<string>>>;
template <class Db>
tally_rows tally(Db& db) {
  return db(select(tallies.user_id, tallies.score, tallies.note).from(tallies).order_by(tallies.user_id)).all();
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("UPDATE ... FROM a derived table that binds a value, with set() and where() binding values",
                        "[scenario][update_from]", backends) {
  auto db = TestType::connect();
  fill(db);
  constexpr auto n = count(posts.id).as<"n">();
  // Posts not titled "a": Ann b, e (2), Bob c (1), Dee d (1).
  auto not_a = select(posts.user_id, n).from(posts).where(posts.title != "a").group_by(posts.user_id).as<"not_a">();
  const string note = "ünï 'q' \"—\"";
  const exec_result r = db(update(tallies)
                               .set(tallies.score = not_a[n] * 100 + 1, tallies.note = note)
                               .from(not_a)
                               .where(not_a[posts.user_id] == tallies.user_id && tallies.score < 5));
  // Ann 2 * 100 + 1 = 201, Bob 101; Dee is in not_a but her score 7 is not < 5.
  CHECK(r.rows_affected == 2);
  CHECK(tally(db) == tally_rows{{1, 201, note}, {2, 101, note}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
  // An empty string in the source and NULL in set(): posts titled "" are none, so nothing matches;
  // then posts titled other than "": Ann 3, Bob 1, Dee 1, and score > 100 keeps Ann and Bob.
  auto empty_title = select(posts.user_id).from(posts).where(posts.title == "").as<"empty_title">();
  CHECK(db(update(tallies).set(tallies.note = std::nullopt).from(empty_title).where(empty_title[posts.user_id] == tallies.user_id))
            .rows_affected == 0);
  auto titled = select(posts.user_id, n).from(posts).where(posts.title != "").group_by(posts.user_id).as<"titled">();
  const exec_result cleared = db(update(tallies)
                                     .set(tallies.note = std::nullopt, tallies.score = titled[n] + 1000)
                                     .from(titled)
                                     .where(titled[posts.user_id] == tallies.user_id && tallies.score > 100));
  CHECK(cleared.rows_affected == 2);
  // Ann 3 + 1000, Bob 1 + 1000, notes NULL.
  CHECK(tally(db) == tally_rows{{1, 1003, std::nullopt}, {2, 1001, std::nullopt}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
  // A maybe() in where() (a statement with two variants) after the source's and SET's values.
  // titled has Ann, Bob, Dee; at least 1002: Ann; without the bound: all three.
  optional<std::int64_t> at_least = 1002;
  auto mark = [&] {
    return db(update(tallies)
                  .set(tallies.note = "big")
                  .from(titled)
                  .where(titled[posts.user_id] == tallies.user_id && tallies.score >= maybe(at_least)))
        .rows_affected;
  };
  CHECK(mark() == 1);
  CHECK(tally(db) == tally_rows{{1, 1003, "big"}, {2, 1001, std::nullopt}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
  at_least.reset();
  CHECK(mark() == 3);
  CHECK(tally(db) == tally_rows{{1, 1003, "big"}, {2, 1001, "big"}, {3, 0, std::nullopt}, {4, 7, "big"}, {5, 0, std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("a prepared UPDATE ... FROM binds params in the source, set() and where() by name",
                        "[scenario][update_from][prepared]", backends) {
  auto db = TestType::connect();
  fill(db);
  constexpr auto n = count(posts.id).as<"n">();
  auto by_title = count_posts_but_skip();
  auto recount = db.prepare(update(tallies)
                                .set(tallies.score = by_title[n] + param<"bonus">, tallies.note = param<"note">)
                                .from(by_title)
                                .where(by_title[posts.user_id] == tallies.user_id && tallies.user_id != param<"keep">));
  // Arguments in another order than the text. Posts not titled "e": Ann a, b (2), Bob c (1), Dee d (1);
  // Bob kept: Ann 2 + 10 = 12, Dee 1 + 10 = 11, note "x".
  CHECK(recount(arg<"note">("x"), arg<"keep">(2), arg<"skip">("e"), arg<"bonus">(10)).rows_affected == 2);
  CHECK(tally(db) == tally_rows{{1, 12, "x"}, {2, 0, std::nullopt}, {3, 0, std::nullopt}, {4, 11, "x"}, {5, 0, std::nullopt}});
  // Again: not titled "b": Ann a, e (2), Bob 1, Dee 1; Ann kept: Bob 1 + 1000, Dee 1 + 1000, note NULL.
  CHECK(recount(arg<"bonus">(1000), arg<"skip">("b"), arg<"note">(std::nullopt), arg<"keep">(1)).rows_affected == 2);
  CHECK(tally(db) == tally_rows{{1, 12, "x"}, {2, 1001, std::nullopt}, {3, 0, std::nullopt}, {4, 1001, std::nullopt}, {5, 0, std::nullopt}});
  // A join's ON param before set()'s in MariaDB's text, after it in the others'. Posts not titled
  // "c" joined to their users: Ann (a, b, e) and Dee (d); Dee's score 1001 is not < 500: Ann only.
  auto mark = db.prepare(update(tallies)
                             .set(tallies.note = param<"note">)
                             .from(users.join(posts).on(posts.user_id == users.id && posts.title != param<"title">))
                             .where(users.id == tallies.user_id && tallies.score < param<"below">));
  CHECK(mark(arg<"below">(500), arg<"title">("c"), arg<"note">("marked")).rows_affected == 1);
  CHECK(tally(db) == tally_rows{{1, 12, "marked"}, {2, 1001, std::nullopt}, {3, 0, std::nullopt}, {4, 1001, std::nullopt}, {5, 0, std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("UPDATE ... FROM a join with a CTE that binds a value", "[scenario][update_from][cte]", backends) {
  auto db = TestType::connect();
  fill(db);
  constexpr auto n = count(posts.id).as<"n">();
  // Posts not titled "d": Ann 3 (a, b, e), Bob 1 (c); Dee's only post is "d".
  auto counts = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != "d").group_by(posts.user_id));
  const exec_result r = db(update(tallies)
                               .set(tallies.score = counts[n] + 50, tallies.note = users.name)
                               .from(counts.join(users).on(users.id == counts[posts.user_id] && users.age > 35))
                               .where(users.id == tallies.user_id && users.name != "Zed"));
  // Joined with users older than 35: Ann (40); Bob is 30. Ann 3 + 50 = 53.
  CHECK(r.rows_affected == 1);
  CHECK(tally(db) == tally_rows{{1, 53, "Ann"}, {2, 0, std::nullopt}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});

  // A recursive CTE in a join: ids 1, then each next id while below 4: 1, 2, 3.
  auto ids = recursive_cte<"ids">(select(users.id).from(users).where(users.id == 1), [](auto self) {
    return select(users.id).from(users.join(self).on(users.id == self[users.id] + 1)).where(users.id < 4);
  });
  CHECK(db(update(tallies).set(tallies.score = tallies.score + 1).from(ids.join(users).on(users.id == ids[users.id])).where(
               users.id == tallies.user_id))
            .rows_affected == 3);
  // Ann 54, Bob 1, Cid 1.
  CHECK(tally(db) == tally_rows{{1, 54, "Ann"}, {2, 1, std::nullopt}, {3, 1, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
}

TEMPLATE_LIST_TEST_CASE("a prepared UPDATE ... FROM two CTEs in a join, one reading the other, with params",
                        "[scenario][update_from][cte][prepared]", backends) {
  auto db = TestType::connect();
  fill(db);
  constexpr auto n = count(posts.id).as<"n">();
  // "order" is a reserved word: the CTE's name is quoted wherever it is written.
  auto c = cte<"order">(select(posts.user_id, n).from(posts).where(posts.title != param<"skip">).group_by(posts.user_id));
  auto busy = cte<"busy">(select(c[posts.user_id], c[n]).from(c).where(c[n] >= param<"at_least">));
  auto stmt = db.prepare(update(tallies)
                             .set(tallies.note = param<"note">, tallies.score = busy[n])
                             .from(users.join(c).on(c[posts.user_id] == users.id).join(busy).on(busy[posts.user_id] == users.id))
                             .where(users.id == tallies.user_id && users.age < param<"max_age">));
  // Not titled "a": Ann 2 (b, e), Bob 1, Dee 1; at least 2: Ann; younger than 50: Ann (40).
  CHECK(stmt(arg<"max_age">(50), arg<"note">("two+"), arg<"at_least">(2), arg<"skip">("a")).rows_affected == 1);
  CHECK(tally(db) == tally_rows{{1, 2, "two+"}, {2, 0, std::nullopt}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
  // Nothing skipped: Ann 3, Bob 1, Dee 1, all at least 1; younger than 45: Ann (40), Bob (30); Dee is 45.
  CHECK(stmt(arg<"skip">("zzz"), arg<"at_least">(1), arg<"note">("one+"), arg<"max_age">(45)).rows_affected == 2);
  CHECK(tally(db) == tally_rows{{1, 3, "one+"}, {2, 1, "one+"}, {3, 0, std::nullopt}, {4, 7, std::nullopt}, {5, 0, std::nullopt}});
}
