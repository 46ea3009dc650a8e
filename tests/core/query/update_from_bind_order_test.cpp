// UPDATE ... FROM binds its values in the order each dialect writes them: on MySQL/MariaDB the
// source (with its CTEs in place) before SET, elsewhere any WITH first, then SET, FROM, WHERE.
// Each expected order is read off the golden SQL in update_from_test.cpp.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/schema.hpp"

using namespace test;
using namespace ctql;

namespace {
struct stats_t : ctql::table<stats_t, "stats"> {
  column<"user_id", std::int64_t, ctql::primary_key> user_id;
  column<"post_count", std::int64_t, ctql::default_value<0>> post_count;
  column<"note", std::optional<std::string>> note;
};
inline constexpr stats_t stats{};

// Writes each bound value as text, a param<> as its name.
struct value_recorder {
  std::vector<std::string> values;
  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_arithmetic_v<T>) values.push_back(std::to_string(v));
    else if constexpr (std::is_convertible_v<T, std::string_view>) values.emplace_back(std::string_view(v));
    else values.push_back("param:" + std::string(T::name));
  }
};

template <class D, class Q>
std::vector<std::string> bound(const Q& q) {
  value_recorder r;
  visit_as<D>(q, r);
  return r.values;
}
using strings = std::vector<std::string>;
}  // namespace

TEST_CASE("update ... from binds the source first on MySQL, after SET elsewhere", "[update_from][bind]") {
  auto titled = select(posts.user_id).from(posts).where(posts.title == "x").as<"titled">();
  auto q = update(stats)
               .set(stats.note = "busy", stats.post_count = stats.post_count + 2)
               .from(titled)
               .where(titled[posts.user_id] == stats.user_id && stats.post_count < 5);
  CHECK(bound<mysql>(q) == strings{"x", "busy", "2", "5"});
  CHECK(bound<mariadb>(q) == strings{"x", "busy", "2", "5"});
  CHECK(bound<postgres>(q) == strings{"busy", "2", "x", "5"});
  CHECK(bound<sqlite>(q) == strings{"busy", "2", "x", "5"});
  // Without from(), every dialect writes SET first.
  auto plain = update(stats).set(stats.note = "n").where(stats.user_id == 3);
  CHECK(bound<mysql>(plain) == strings{"n", "3"});
}

TEST_CASE("update ... from: params and a join's ON value follow the text", "[update_from][bind]") {
  auto joined = update(stats)
                    .set(stats.note = param<"note">)
                    .from(users.join(posts).on(posts.user_id == users.id && posts.title != param<"skip">))
                    .where(users.id == stats.user_id && stats.post_count > param<"min">);
  CHECK(bound<mariadb>(joined) == strings{"param:skip", "param:note", "param:min"});
  CHECK(bound<postgres>(joined) == strings{"param:note", "param:skip", "param:min"});
}

TEST_CASE("update ... from CTEs in a join: in place on MySQL, in front elsewhere", "[update_from][bind][cte]") {
  constexpr auto n = count(posts.id).as<"n">();
  auto counts = cte<"counts">(select(posts.user_id, n).from(posts).where(posts.title != "").group_by(posts.user_id));
  auto busy = cte<"busy">(select(counts[posts.user_id]).from(counts).where(counts[n] > 1));
  auto two = update(stats)
                 .set(stats.note = "busy")
                 .from(users.join(counts).on(counts[posts.user_id] == users.id).join(busy).on(busy[posts.user_id] == users.id))
                 .where(users.id == stats.user_id && users.age > 7);
  // MySQL: counts' "" in its derived table, counts' "" again and busy's 1 in busy's, SET, WHERE.
  CHECK(bound<mysql>(two) == strings{"", "", "1", "busy", "7"});
  CHECK(bound<postgres>(two) == strings{"", "1", "busy", "7"});
  CHECK(bound<sqlite>(two) == strings{"", "1", "busy", "7"});
}

TEST_CASE("update ... from: runtime-sized parts get their sizes in the dialect's order", "[update_from][bind]") {
  const std::vector<std::int64_t> three{1, 2, 3};
  const std::vector<std::int64_t> one{9};
  auto src = select(posts.user_id).from(posts).where(posts.id.in(three)).as<"src">();
  auto q = update(stats)
               .set(stats.note = case_when(stats.user_id.in(one), "nine").else_("other"))
               .from(src)
               .where(src[posts.user_id] == stats.user_id);
  // The source's IN has 3 placeholders, SET's 1, on every dialect.
  CHECK(runtime_sql<mariadb>(q) ==
        "UPDATE `stats`, (SELECT `posts`.`user_id` FROM `posts` WHERE `posts`.`id` IN (?, ?, ?)) AS `src` SET `stats`.`note` = CASE WHEN `stats`.`user_id` IN (?) THEN ? ELSE ? END WHERE `src`.`user_id` = `stats`.`user_id`");
  CHECK(runtime_sql<postgres>(q) ==
        R"(UPDATE "stats" SET "note" = CASE WHEN "stats"."user_id" IN ($1) THEN $2 ELSE $3 END FROM (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."id" IN ($4, $5, $6)) AS "src" WHERE "src"."user_id" = "stats"."user_id")");
  CHECK(bound<mariadb>(q) == strings{"1", "2", "3", "9", "nine", "other"});
}
