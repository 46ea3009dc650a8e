// Set operations against a real database: union (all and distinct), intersect, except, NULLs in
// the arms, order_by/limit/offset on the whole, chains read left to right, arms with their own
// order_by/limit, and a prepared set operation with params in both arms. Every expectation is
// worked out by hand from the rows below.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::optional;
using std::string;
using strings = std::vector<string>;
using maybe_strings = std::vector<optional<string>>;

namespace {
// users: Ann 30 a@x, Bob 25 NULL, Cid 35 c@x, Dee 20 NULL, Eve 32 NULL
// posts (title, class): by Ann ("Ann", x), by Bob ("Hello", y), by Cid ("Hello", x), by Cid ("Zed", y)
template <class Db>
void insert_rows(Db& db) {
  auto user = [&](const char* name, int age, optional<string> email) {
    return db(insert_into(users).set(users.name = name, users.age = age, users.email = email)).last_insert_id;
  };
  const auto ann = user("Ann", 30, "a@x");
  const auto bob = user("Bob", 25, std::nullopt);
  const auto cid = user("Cid", 35, "c@x");
  user("Dee", 20, std::nullopt);
  user("Eve", 32, std::nullopt);
  auto post = [&](std::int64_t by, const char* title, const char* class_) {
    db(insert_into(posts).set(posts.user_id = by, posts.title = title, posts.created = ctql::timestamp{},
                              posts.class_ = class_));
  };
  post(ann, "Ann", "x"), post(bob, "Hello", "y"), post(cid, "Hello", "x"), post(cid, "Zed", "y");
}
// Rows of one column, in the order the database gave them.
template <class Rows>
auto column_of(Rows&& rows) {
  std::vector<std::tuple_element_t<0, typename std::remove_cvref_t<Rows>::row_type>> out;
  for (auto&& [value] : rows) out.push_back(value);
  return out;
}
template <class T>
std::vector<T> sorted(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Names of adults (age >= 30): Ann, Cid, Eve. Titles: Ann, Hello, Hello, Zed.
constexpr auto adults = select(users.name).from(users).where(users.age >= 30);
constexpr auto titles = select(posts.title).from(posts);
}  // namespace

TEMPLATE_LIST_TEST_CASE("union_all keeps duplicates, union_distinct removes them", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // {Ann, Cid, Eve} + {Ann, Hello, Hello, Zed}: seven rows.
  CHECK(sorted(column_of(db(adults.union_all(titles)))) == strings{"Ann", "Ann", "Cid", "Eve", "Hello", "Hello", "Zed"});
  // Each distinct value once: Ann, Cid, Eve, Hello, Zed.
  CHECK(sorted(column_of(db(adults.union_distinct(titles)))) == strings{"Ann", "Cid", "Eve", "Hello", "Zed"});
}

TEMPLATE_LIST_TEST_CASE("intersect and except", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // Adult names that are also titles: only Ann.
  CHECK(column_of(db(adults.intersect(titles))) == strings{"Ann"});
  // Adult names that are not titles: Cid, Eve.
  CHECK(sorted(column_of(db(adults.except(titles)))) == strings{"Cid", "Eve"});
  // Titles that are not adult names, each once (EXCEPT is distinct): Hello, Zed.
  CHECK(sorted(column_of(db(titles.except(adults)))) == strings{"Hello", "Zed"});
}

TEMPLATE_LIST_TEST_CASE("NULLs in the arms: UNION, INTERSECT and EXCEPT treat NULLs as equal", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  auto older = select(users.email).from(users).where(users.age >= 30);   // a@x, c@x, NULL (Eve)
  auto younger = select(users.email).from(users).where(users.age < 30);  // NULL (Bob), NULL (Dee)
  // UNION ALL keeps the three NULLs.
  auto all = column_of(db(older.union_all(younger)));
  CHECK(all.size() == 5);
  CHECK(std::count(all.begin(), all.end(), std::nullopt) == 3);
  // UNION keeps one NULL: NULL, a@x, c@x (NULLs first).
  CHECK(column_of(db(older.union_distinct(younger).order_by(users.email.asc().nulls_first()))) ==
        maybe_strings{std::nullopt, "a@x", "c@x"});
  // INTERSECT: the only value in both is NULL, one row.
  CHECK(column_of(db(older.intersect(younger))) == maybe_strings{std::nullopt});
  // EXCEPT takes Eve's NULL away too: a@x, c@x.
  CHECK(column_of(db(older.except(younger).order_by(users.email))) == maybe_strings{"a@x", "c@x"});
}

TEMPLATE_LIST_TEST_CASE("order_by, limit and offset apply to the whole result", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // All seven descending: Zed, Hello, Hello, Eve, Cid, Ann, Ann.
  CHECK(column_of(db(adults.union_all(titles).order_by(users.name.desc()))) ==
        strings{"Zed", "Hello", "Hello", "Eve", "Cid", "Ann", "Ann"});
  // Skip one, take three: Hello, Hello, Eve.
  CHECK(column_of(db(adults.union_all(titles).order_by(users.name.desc()).limit(3).offset(1))) ==
        strings{"Hello", "Hello", "Eve"});
  // Offset alone: from the sixth row on: Ann, Ann.
  CHECK(column_of(db(adults.union_all(titles).order_by(users.name.desc()).offset(5))) == strings{"Ann", "Ann"});
}

TEMPLATE_LIST_TEST_CASE("order_by after a set operation by column, by name, with NULLS FIRST/LAST", "[scenario][set_operation][nulls_order]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // Everyone, then again those over 30 (Cid c@x, Eve NULL):
  // (Ann a@x) (Bob NULL) (Cid c@x) (Dee NULL) (Eve NULL) (Cid c@x) (Eve NULL)
  auto everyone = select(users.name, users.email).from(users);
  auto over_30 = select(users.name, users.email).from(users).where(users.age > 30);
  // Emails descending, NULLs last, then by name: Cid, Cid (c@x), Ann (a@x), Bob, Dee, Eve, Eve.
  auto q = everyone.union_all(over_30).order_by(users.email.desc().nulls_last(), users.name.asc());
  std::vector<string> names;
  for (auto [name, email] : db(q)) names.push_back(name);
  CHECK(names == strings{"Cid", "Cid", "Ann", "Bob", "Dee", "Eve", "Eve"});
  // A named item, ascending with NULLs first: Bob, Dee, Eve, Eve (NULL), Ann (a@x), Cid, Cid (c@x).
  constexpr auto mail = users.email.as<"mail">();
  auto named = select(users.name, mail).from(users)
                   .union_all(select(users.name, users.email).from(users).where(users.age > 30))
                   .order_by(mail.asc().nulls_first(), users.name);
  names.clear();
  for (auto [name, email] : db(named)) names.push_back(name);
  CHECK(names == strings{"Bob", "Dee", "Eve", "Eve", "Ann", "Cid", "Cid"});
}

TEMPLATE_LIST_TEST_CASE("a chain means what it says left to right", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  auto class_y = select(posts.title).from(posts).where(posts.class_ == "y");  // Hello, Zed
  // (adults UNION ALL titles) INTERSECT class_y = {Ann, Cid, Eve, Hello, Zed} ∩ {Hello, Zed} = Hello, Zed.
  // (Read with INTERSECT first it would be adults + (titles ∩ class_y) = Ann, Cid, Eve, Hello, Zed.)
  CHECK(sorted(column_of(db(adults.union_all(titles).intersect(class_y)))) == strings{"Hello", "Zed"});
  // The other grouping, asked for: adults UNION ALL (titles INTERSECT class_y) = Ann, Cid, Eve, Hello, Zed.
  CHECK(sorted(column_of(db(adults.union_all(titles.intersect(class_y))))) == strings{"Ann", "Cid", "Eve", "Hello", "Zed"});
  // (adults INTERSECT titles) UNION ALL class_y = {Ann} + {Hello, Zed}.
  CHECK(sorted(column_of(db(adults.intersect(titles).union_all(class_y)))) == strings{"Ann", "Hello", "Zed"});
  // (adults EXCEPT titles) UNION ALL class_y = {Cid, Eve} + {Hello, Zed}.
  CHECK(sorted(column_of(db(adults.except(titles).union_all(class_y)))) == strings{"Cid", "Eve", "Hello", "Zed"});
  // (adults UNION ALL titles) EXCEPT class_y = {Ann, Cid, Eve, Hello, Zed} - {Hello, Zed} = Ann, Cid, Eve.
  CHECK(sorted(column_of(db(adults.union_all(titles).except(class_y)))) == strings{"Ann", "Cid", "Eve"});
}

TEMPLATE_LIST_TEST_CASE("arms with their own order_by and limit", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // The two oldest (Cid 35, Eve 32) and the first title (Ann), then all by name descending: Eve, Cid, Ann.
  auto oldest = select(users.name).from(users).order_by(users.age.desc()).limit(2);
  auto first_title = select(posts.title).from(posts).order_by(posts.title.asc()).limit(1);
  CHECK(column_of(db(oldest.union_all(first_title).order_by(users.name.desc()))) == strings{"Eve", "Cid", "Ann"});
  // A limited set operation continued: (oldest UNION ALL first_title ORDER BY name LIMIT 2) = Ann, Cid;
  // UNION with the titles: Ann, Cid, Hello, Zed.
  auto limited = oldest.union_all(first_title).order_by(users.name.asc()).limit(2).union_distinct(titles);
  CHECK(sorted(column_of(db(limited))) == strings{"Ann", "Cid", "Hello", "Zed"});
}

TEMPLATE_LIST_TEST_CASE("a set operation binds the values of both arms in order", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // Age >= 35: Cid; titles of class y: Hello, Zed.
  auto q = select(users.name).from(users).where(users.age >= 35)
               .union_all(select(posts.title).from(posts).where(posts.class_ == "y"))
               .order_by(users.name);
  CHECK(column_of(db(q)) == strings{"Cid", "Hello", "Zed"});
  // Prepared, a param<> in each arm and one for the limit.
  auto p = db.prepare(select(users.name).from(users).where(users.age >= param<"min">)
                          .union_all(select(posts.title).from(posts).where(posts.class_ == param<"class">))
                          .order_by(users.name)
                          .limit(param<"n">));
  // min 35: Cid; class x: Ann, Hello: Ann, Cid, Hello.
  CHECK(column_of(p(arg<"min">(35), arg<"class">("x"), arg<"n">(10))) == strings{"Ann", "Cid", "Hello"});
  // Given in another order, bound by name: min 30: Ann, Cid, Eve; class y: Hello, Zed; first four: Ann, Cid, Eve, Hello.
  CHECK(column_of(p(arg<"n">(4), arg<"class">("y"), arg<"min">(30))) == strings{"Ann", "Cid", "Eve", "Hello"});
  // Nobody is 99; class z has no posts: no rows.
  CHECK(column_of(p(arg<"min">(99), arg<"class">("z"), arg<"n">(5))).empty());
}

TEMPLATE_LIST_TEST_CASE("the result type is optional where either arm's is", "[scenario][set_operation]", backends) {
  auto db = TestType::connect();
  insert_rows(db);
  // Titles (never NULL) with emails of people under 30 (NULL, NULL): the column is optional.
  auto q = select(posts.title).from(posts).where(posts.class_ == "x").union_all(select(users.email).from(users).where(users.age < 30));
  STATIC_REQUIRE(std::is_same_v<decltype(q)::row_type, std::tuple<optional<string>>>);
  // Ann, Hello (class x), then two NULLs; NULLs last.
  CHECK(column_of(db(q.order_by(posts.title.asc().nulls_last()))) == maybe_strings{"Ann", "Hello", std::nullopt, std::nullopt});
}

TEMPLATE_LIST_TEST_CASE("UNION compares as the database collates: empty strings, case and accents", "[scenario][set_operation][hostile]", backends) {
  auto db = TestType::connect();
  // users "", "é", "A"; posts titles "", "e", "a" (by the first user).
  std::int64_t first = 0;
  for (const char* name : {"", "\xC3\xA9", "A"}) {
    const auto id = db(insert_into(users).set(users.name = name)).last_insert_id;
    if (first == 0) first = id;
  }
  for (const char* title : {"", "e", "a"})
    db(insert_into(posts).set(posts.user_id = first, posts.title = title, posts.created = ctql::timestamp{}, posts.class_ = "x"));
  auto names = column_of(db(select(users.name).from(users).union_distinct(select(posts.title).from(posts))));
  // The two empty strings are one row everywhere (an empty string is a value, not NULL).
  CHECK(std::count(names.begin(), names.end(), string()) == 1);
  if (string(TestType::name) == "MariaDB") {
    // MariaDB's default utf8mb4 collation ignores case and accents: "é" = "e", "A" = "a": 3 rows.
    CHECK(names.size() == 3);
  } else {
    // SQLite (BINARY) and PostgreSQL (deterministic collation) compare bytes: "", "é", "A", "e", "a".
    CHECK(sorted(names) == strings{"", "A", "a", "e", "\xC3\xA9"});
  }
}
