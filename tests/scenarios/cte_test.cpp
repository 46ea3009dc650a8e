// Common table expressions run on every backend: a CTE, a CTE that uses another, a CTE in a delete's
// subquery, a prepared CTE, and a recursive CTE over an org chart.
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
struct staff_t : ctql::table<staff_t, "staff"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"boss_id", std::optional<std::int64_t>> boss_id;
  column<"name", std::string, ctql::max_length<40>> name;
};
inline constexpr staff_t staff{};

// Ann 30 (2 posts), Bob 17 (1 post), Cid 40 (3 posts), Dee 25 (no post).
template <class Db>
void fill(Db& db) {
  const ctql::timestamp at{};
  auto add_user = [&](const char* name, int age) {
    return db(insert_into(users).set(users.name = name, users.age = age)).last_insert_id;
  };
  auto add_posts = [&](std::int64_t user, int n) {
    for (int i = 0; i < n; ++i)
      db(insert_into(posts).set(posts.user_id = user, posts.title = "post " + std::to_string(i), posts.created = at,
                                posts.class_ = "c"));
  };
  add_posts(add_user("Ann", 30), 2);
  add_posts(add_user("Bob", 17), 1);
  add_posts(add_user("Cid", 40), 3);
  add_user("Dee", 25);
}
}  // namespace

TEMPLATE_LIST_TEST_CASE("a CTE, and a CTE that uses another", "[scenario][cte]", backends) {
  auto db = TestType::connect();
  fill(db);
  // Adults: Ann, Cid, Dee (Bob is 17).
  auto adults = cte<"adults">(select(users.id, users.name).from(users).where(users.age >= 18));
  CHECK(db(select(adults[users.name]).from(adults).order_by(adults[users.name])).all() ==
        std::vector<std::tuple<string>>{{"Ann"}, {"Cid"}, {"Dee"}});
  // Adults with a post not titled "post 0": Ann ("post 1"), Cid ("post 1", "post 2"); distinct ids.
  auto posting = cte<"posting">(select(adults[users.id])
                                    .from(adults.join(posts).on(posts.user_id == adults[users.id]))
                                    .where(posts.title != "post 0")
                                    .group_by(adults[users.id]));
  auto rows = db(select(adults[users.name])
                     .from(posting.join(adults).on(adults[users.id] == posting[users.id]))
                     .order_by(adults[users.name]))
                  .all();
  CHECK(rows == std::vector<std::tuple<string>>{{"Ann"}, {"Cid"}});
}

TEMPLATE_LIST_TEST_CASE("a CTE in a delete's subquery, and a prepared CTE", "[scenario][cte]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto minors = cte<"minors">(select(users.id).from(users).where(users.age < 18));
  // Bob is the only minor: his 1 post goes, 5 stay.
  auto gone = db(delete_from(posts).where(posts.user_id.in(select(minors[users.id]).from(minors))));
  CHECK(gone.rows_affected == 1);
  CHECK(std::get<0>(*db(select(count()).from(posts)).first()) == 5);
  // Users at least min_age old, through a CTE with the parameter inside it.
  auto older = cte<"older">(select(users.name).from(users).where(users.age >= param<"min_age">));
  auto names = db.prepare(select(older[users.name]).from(older).order_by(older[users.name]));
  CHECK(names(30).all() == std::vector<std::tuple<string>>{{"Ann"}, {"Cid"}});  // 30 and 40
  CHECK(names(41).all().empty());
}

TEMPLATE_LIST_TEST_CASE("a recursive CTE walks an org chart", "[scenario][cte]", backends) {
  auto db = TestType::connect();
  db.drop_all(staff);
  db.create_all(staff);
  // Who reports to whom: Ada (1) is the top; Ben (2) and Cy (3) report to Ada; Di (4) and Ed (5)
  // to Ben; Fay (6) to Cy; Gus (7) to Fay. Hal (8) reports to nobody.
  const std::vector<std::tuple<std::int64_t, optional<std::int64_t>, string>> people{
      {1, std::nullopt, "Ada"}, {2, 1, "Ben"}, {3, 1, "Cy"}, {4, 2, "Di"},
      {5, 2, "Ed"},             {6, 3, "Fay"}, {7, 6, "Gus"}, {8, std::nullopt, "Hal"}};
  db(insert_into(staff).columns(staff.id, staff.boss_id, staff.name).values(people));
  auto below = [&](std::int64_t root) {
    auto team = recursive_cte<"team">(
        select(staff.id, staff.name).from(staff).where(staff.id == root),
        [](auto self) { return select(staff.id, staff.name).from(staff.join(self).on(staff.boss_id == self[staff.id])); });
    std::vector<string> names;
    for (const auto& [name] : db(select(team[staff.name]).from(team).order_by(team[staff.id])))
      names.push_back(name);
    return names;
  };
  CHECK(below(3) == std::vector<string>{"Cy", "Fay", "Gus"});
  CHECK(below(2) == std::vector<string>{"Ben", "Di", "Ed"});
  CHECK(below(1) == std::vector<string>{"Ada", "Ben", "Cy", "Di", "Ed", "Fay", "Gus"});
  CHECK(below(8) == std::vector<string>{"Hal"});
  CHECK(below(99).empty());  // no such person: the anchor finds no row
  db.drop_all(staff);
}

TEMPLATE_LIST_TEST_CASE("set operations whose arms use CTEs", "[scenario][cte][set_operation]", backends) {
  auto db = TestType::connect();
  fill(db);
  auto minors = cte<"minors">(select(users.name).from(users).where(users.age < 18));
  auto seniors = cte<"seniors">(select(users.name).from(users).where(users.age >= 40));
  // Users under 21 (Bob 17) and the minors again (Bob): UNION ALL keeps both.
  auto twice = db(select(users.name).from(users).where(users.age < 21).union_all(select(minors[users.name]).from(minors))).all();
  CHECK(twice == std::vector<std::tuple<string>>{{"Bob"}, {"Bob"}});
  // Minors (Bob) and seniors (Cid 40), one CTE per arm, ordered.
  auto ends = db(select(minors[users.name]).from(minors).union_distinct(select(seniors[users.name]).from(seniors))
                     .order_by(minors[users.name].asc()))
                  .all();
  CHECK(ends == std::vector<std::tuple<string>>{{"Bob"}, {"Cid"}});
}
