// Window functions on every backend: running totals, moving sums and a RANGE frame, top-N per group
// with row_number() in a derived table, lag/lead differences with the NULLs at the edges, rank vs
// dense_rank with ties, count() over an empty over(), NULLS LAST inside a window (emulated on
// MariaDB), and a window over a grouped select. Every expected value is worked out by hand below.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::int64_t;
using std::nullopt;
using std::optional;
using std::string;

namespace {
// users, ids in insert order:      posts, ids in insert order (user, class):
//   1 Ann 30 a@x                       1 Ann news   5 Cid blog
//   2 Bob 20 NULL                      2 Ann blog   6 Cid news
//   3 Cid 30 c@x                       3 Bob news   7 Ann news
//   4 Dee 25 NULL                      4 Cid news
//   5 Eve 40 e@x
template <class Db>
void fill(Db& db) {
  auto add_user = [&](const char* name, int age, optional<string> email) {
    db(insert_into(users).set(users.name = name, users.age = age, users.email = email));
  };
  add_user("Ann", 30, "a@x");
  add_user("Bob", 20, nullopt);
  add_user("Cid", 30, "c@x");
  add_user("Dee", 25, nullopt);
  add_user("Eve", 40, "e@x");
  const ctql::timestamp at{};
  auto add_post = [&](std::int64_t user, const char* title, const char* class_) {
    db(insert_into(posts).set(posts.user_id = user, posts.title = title, posts.created = at, posts.class_ = class_));
  };
  add_post(1, "a1", "news");
  add_post(1, "a2", "blog");
  add_post(2, "b1", "news");
  add_post(3, "c1", "news");
  add_post(3, "c2", "blog");
  add_post(3, "c3", "news");
  add_post(1, "a3", "news");
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("running totals and moving sums over rows frames", "[scenario][window]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto by_id = window().order_by(users.id);
  auto rows = db(select(users.id,
                        sum(users.age).over(by_id.rows_between(unbounded_preceding(), current_row())),
                        sum(users.age).over(by_id.rows_between(preceding<1>(), current_row())),
                        sum(users.age).over(by_id.rows_between(current_row(), following<1>())),
                        sum(users.age).over(by_id.rows_between(following<1>(), unbounded_following())))
                     .from(users)
                     .order_by(users.id))
                  .all();
  // ages by id: 30 20 30 25 40
  // running:          30, 30+20=50, 50+30=80, 80+25=105, 105+40=145
  // this and previous: 30, 50, 20+30=50, 30+25=55, 25+40=65
  // this and next:     30+20=50, 20+30=50, 30+25=55, 25+40=65, 40
  // all after:         20+30+25+40=115, 30+25+40=95, 25+40=65, 40, nothing: NULL
  using row = std::tuple<int64_t, optional<int64_t>, optional<int64_t>, optional<int64_t>, optional<int64_t>>;
  CHECK(rows == std::vector<row>{{1, 30, 30, 50, 115},
                                 {2, 50, 50, 50, 95},
                                 {3, 80, 50, 55, 65},
                                 {4, 105, 55, 65, 40},
                                 {5, 145, 65, 40, nullopt}});
}

TEMPLATE_LIST_TEST_CASE("a running total per partition, and a RANGE frame over values", "[scenario][window]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(posts.id,
                        count().over(partition_by(posts.user_id).order_by(posts.id).rows_between(unbounded_preceding(),
                                                                                                   current_row())))
                     .from(posts)
                     .order_by(posts.id))
                  .all();
  // Ann's posts 1, 2, 7 count 1, 2, 3; Bob's 3 counts 1; Cid's 4, 5, 6 count 1, 2, 3.
  CHECK(rows == std::vector<std::tuple<int64_t, int64_t>>{{1, 1}, {2, 2}, {3, 1}, {4, 1}, {5, 2}, {6, 3}, {7, 3}});

  // The ages within 5 years below each user's, the user's own and its peers included:
  // Bob 20 -> {20} = 20; Dee 25 -> {20, 25} = 45; Ann 30 and Cid 30 -> {25, 30, 30} = 85; Eve 40 -> {40} = 40.
  auto near = db(select(users.name,
                        sum(users.age).over(window().order_by(users.age).range_between(preceding<5>(), current_row())))
                     .from(users)
                     .order_by(users.id))
                  .all();
  CHECK(near == std::vector<std::tuple<string, optional<int64_t>>>{
                    {"Ann", 85}, {"Bob", 20}, {"Cid", 85}, {"Dee", 45}, {"Eve", 40}});
}

TEMPLATE_LIST_TEST_CASE("top 2 posts per user: row_number() in a derived table, filtered outside", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto rn = row_number().over(partition_by(posts.user_id).order_by(posts.id.desc())).as<"rn">();
  auto ranked = select(posts.user_id, posts.id, posts.title, rn).from(posts).as<"ranked">();
  auto rows = db(select(ranked[posts.user_id], ranked[posts.title], ranked[rn])
                     .from(ranked)
                     .where(ranked[rn] <= 2)
                     .order_by(ranked[posts.user_id], ranked[posts.id]))
                  .all();
  // Newest first per user: Ann 7 (1), 2 (2), 1 (3, dropped); Bob 3 (1); Cid 6 (1), 5 (2), 4 (3, dropped).
  // Dee and Eve have no post, so no row.
  CHECK(rows == std::vector<std::tuple<int64_t, string, int64_t>>{
                    {1, "a2", 2}, {1, "a3", 1}, {2, "b1", 1}, {3, "c2", 2}, {3, "c3", 1}});
}

TEMPLATE_LIST_TEST_CASE("lag/lead differences, NULL at the edges; coalesce for a default", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto by_id = window().order_by(users.id);
  auto rows = db(select(users.id, users.age - lag(users.age).over(by_id), lead(users.age).over(by_id),
                        lead<2>(users.age).over(by_id), coalesce(lag(users.age).over(by_id), 0))
                     .from(users)
                     .order_by(users.id))
                  .all();
  // ages by id: 30 20 30 25 40
  // age - previous: (none) NULL, 20-30=-10, 30-20=10, 25-30=-5, 40-25=15
  // next: 20, 30, 25, 40, NULL; two ahead: 30, 25, 40, NULL, NULL; previous or 0: 0, 30, 20, 30, 25
  using row = std::tuple<int64_t, optional<int>, optional<int>, optional<int>, int>;
  CHECK(rows == std::vector<row>{{1, nullopt, 20, 30, 0},
                                 {2, -10, 30, 25, 30},
                                 {3, 10, 25, 40, 20},
                                 {4, -5, 40, nullopt, 30},
                                 {5, 15, nullopt, nullopt, 25}});

  // lag of a nullable column: NULL from the edge (Ann) and from the value (Bob's, Dee's emails).
  auto emails = db(select(users.name, lag(users.email).over(by_id)).from(users).order_by(users.id)).all();
  CHECK(emails == std::vector<std::tuple<string, optional<string>>>{
                      {"Ann", nullopt}, {"Bob", "a@x"}, {"Cid", nullopt}, {"Dee", "c@x"}, {"Eve", nullopt}});
}

TEMPLATE_LIST_TEST_CASE("rank() and dense_rank() with ties; a window function in ORDER BY", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto by_age = window().order_by(users.age.desc());
  auto rows = db(select(users.name, rank().over(by_age), dense_rank().over(by_age), row_number().over(window().order_by(users.age.desc(), users.id)))
                     .from(users)
                     .order_by(users.age.desc(), users.name))
                  .all();
  // by age, oldest first: Eve 40; Ann 30 and Cid 30 tie; Dee 25; Bob 20.
  // rank skips after the tie (1, 2, 2, 4, 5); dense_rank does not (1, 2, 2, 3, 4); row_number, the
  // tie broken by id (Ann 1 before Cid 3), counts on (1, 2, 3, 4, 5).
  CHECK(rows == std::vector<std::tuple<string, int64_t, int64_t, int64_t>>{
                    {"Eve", 1, 1, 1}, {"Ann", 2, 2, 2}, {"Cid", 2, 2, 3}, {"Dee", 4, 3, 4}, {"Bob", 5, 4, 5}});

  // Ordering the statement by a window function: youngest first by the rank of the age descending.
  auto youngest_first = db(select(users.name).from(users).order_by(rank().over(by_age).desc(), users.id)).all();
  // ranks: Eve 1, Ann 2, Cid 2, Dee 4, Bob 5; descending: Bob, Dee, then Ann and Cid by id, Eve.
  CHECK(youngest_first == std::vector<std::tuple<string>>{{"Bob"}, {"Dee"}, {"Ann"}, {"Cid"}, {"Eve"}});
}

TEMPLATE_LIST_TEST_CASE("count() over an empty over(), count(x) and a reserved-word partition", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(users.name, count().over(), count(users.email).over())
                     .from(users)
                     .where(users.age >= 25)
                     .order_by(users.name))
                  .all();
  // age >= 25: Ann, Cid, Dee, Eve: 4 rows; their emails a@x, c@x, NULL, e@x: 3 not NULL.
  CHECK(rows == std::vector<std::tuple<string, int64_t, int64_t>>{
                    {"Ann", 4, 3}, {"Cid", 4, 3}, {"Dee", 4, 3}, {"Eve", 4, 3}});
  // No row: no window to count over.
  CHECK(db(select(users.name, count().over()).from(users).where(users.age > 100)).all().empty());

  // "class" is a reserved word: news has posts 1, 3, 4, 6, 7 (5), blog has 2, 5 (2).
  auto classes = db(select(posts.id, count().over(partition_by(posts.class_))).from(posts).order_by(posts.id)).all();
  CHECK(classes == std::vector<std::tuple<int64_t, int64_t>>{{1, 5}, {2, 2}, {3, 5}, {4, 5}, {5, 2}, {6, 5}, {7, 5}});
}

TEMPLATE_LIST_TEST_CASE("nulls_last() inside a window, emulated where there are no keywords", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(users.name, row_number().over(window().order_by(users.email.desc().nulls_last(), users.id)))
                     .from(users)
                     .order_by(users.id))
                  .all();
  // emails descending: e@x (Eve) 1, c@x (Cid) 2, a@x (Ann) 3, then the NULLs by id: Bob 4, Dee 5.
  // (PostgreSQL puts NULLs first when descending by default, so nulls_last() changes its answer.)
  CHECK(rows == std::vector<std::tuple<string, int64_t>>{{"Ann", 3}, {"Bob", 4}, {"Cid", 2}, {"Dee", 5}, {"Eve", 1}});
}

TEMPLATE_LIST_TEST_CASE("a window over groups: rank the ages by how many users have them", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(users.age, count(), rank().over(window().order_by(count().desc())))
                     .from(users)
                     .group_by(users.age)
                     .order_by(users.age))
                  .all();
  // groups: 20 (Bob) 1, 25 (Dee) 1, 30 (Ann, Cid) 2, 40 (Eve) 1; by count descending 30 ranks 1, the
  // three groups of 1 tie at rank 2.
  CHECK(rows == std::vector<std::tuple<int, int64_t, int64_t>>{{20, 1, 2}, {25, 1, 2}, {30, 2, 1}, {40, 1, 2}});
}

TEMPLATE_LIST_TEST_CASE("NULLs form one partition; empty and non-ASCII strings pass through lag()", "[scenario][window]",
                        backends) {
  auto db = TestType::connect();
  fill(db);
  auto rows = db(select(users.name, count().over(partition_by(users.email))).from(users).order_by(users.id)).all();
  // emails: a@x, NULL, c@x, NULL, e@x: Bob and Dee share the NULL partition (2), the others are alone (1).
  CHECK(rows == std::vector<std::tuple<string, int64_t>>{{"Ann", 1}, {"Bob", 2}, {"Cid", 1}, {"Dee", 2}, {"Eve", 1}});

  db(insert_into(users).set(users.name = "", users.age = 50));          // id 6
  db(insert_into(users).set(users.name = "Zoë 日本", users.age = 60));  // id 7
  auto names = db(select(users.id, lag(users.name).over(window().order_by(users.id)))
                      .from(users)
                      .where(users.age >= 40)
                      .order_by(users.id))
                   .all();
  // age >= 40: Eve (5), "" (6), "Zoë 日本" (7); each one's previous name: none, "Eve", "" (empty, not NULL).
  CHECK(names == std::vector<std::tuple<int64_t, optional<string>>>{{5, nullopt}, {6, "Eve"}, {7, ""}});
}
