// Every SQL function on every backend, over a small data set with NULLs, empty strings and
// unicode. Each expectation is worked out by hand in the comment beside it.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using namespace std::chrono;
using std::optional;
using std::string;

namespace {

// users, ordered by age:
//   age -5: name "  bob " (2 spaces, bob, 1 space: 6 characters), email NULL
//   age  0: name ""                                                , email "" (empty, not NULL)
//   age 30: name "Ünïcødé" (7 characters, 11 bytes in UTF-8)       , email "u@x.org"
template <class Db>
void add_users(Db& db) {
  db(insert_into(users).set(users.name = "  bob ", users.age = -5, users.email = std::nullopt));
  db(insert_into(users).set(users.name = "", users.age = 0, users.email = ""));
  db(insert_into(users).set(users.name = "Ünïcødé", users.age = 30, users.email = "u@x.org"));
}

// samples:
//   A: tiny -7, ratio 3.14159, weight 0.75f, day 2024-02-29, at 2023-12-31 23:59:58.999999
//   B: tiny 100, ratio -2.71828, weight NULL, day NULL, at 2024-01-01 00:00:05.500000
const ctql::timestamp at_a = sys_days{year{2023} / December / 31} + hours{23} + minutes{59} + seconds{58} + microseconds{999999};
const ctql::timestamp at_b = sys_days{year{2024} / January / 1} + seconds{5} + milliseconds{500};
const ctql::date day_a = sys_days{year{2024} / February / 29};

template <class Db>
void add_samples(Db& db) {
  db(insert_into(samples).set(samples.tiny = std::int8_t{-7}, samples.small = std::uint16_t{1}, samples.big = std::uint64_t{1},
                              samples.ratio = 3.14159, samples.weight = 0.75f, samples.data = ctql::blob{}, samples.day = day_a,
                              samples.at = at_a));
  db(insert_into(samples).set(samples.tiny = std::int8_t{100}, samples.small = std::uint16_t{2}, samples.big = std::uint64_t{2},
                              samples.ratio = -2.71828, samples.weight = std::nullopt, samples.data = ctql::blob{},
                              samples.day = std::nullopt, samples.at = at_b));
}

// The non-ASCII letters fold on MariaDB (utf8mb4 collations); SQLite folds ASCII only, and
// PostgreSQL follows the database's LC_CTYPE (ASCII only under "C", the test server's).
template <class Backend>
bool folds_unicode(std::string_view ascii_only, std::string_view unicode, std::string_view got) {
  if (std::string_view(Backend::name) == "MariaDB") return got == unicode;
  if (std::string_view(Backend::name) == "SQLite") return got == ascii_only;
  return got == ascii_only || got == unicode;
}

}  // namespace

TEMPLATE_LIST_TEST_CASE("lower, upper, trim, length over spaces, an empty string and unicode", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  auto rows = db(select(lower(users.name), upper(users.name), trim(users.name), length(users.name)).from(users).order_by(users.age)).all();
  REQUIRE(rows.size() == 3);
  // "  bob ": lower unchanged, upper "  BOB ", trimmed "bob", 6 characters.
  CHECK(rows[0] == std::tuple{string("  bob "), string("  BOB "), string("bob"), std::int64_t{6}});
  // "": all empty, length 0 (an empty string is not NULL).
  CHECK(rows[1] == std::tuple{string(""), string(""), string(""), std::int64_t{0}});
  // "Ünïcødé": 7 characters, not 11 bytes, on every backend (CHAR_LENGTH on MariaDB).
  CHECK(std::get<3>(rows[2]) == 7);
  CHECK(std::get<2>(rows[2]) == "Ünïcødé");
  // lower: ASCII-only folding changes nothing (n, c, d, é... are lower or non-ASCII); full folding gives "ünïcødé".
  CHECK(folds_unicode<TestType>("Ünïcødé", "ünïcødé", std::get<0>(rows[2])));
  // upper: ASCII-only "ÜNïCøDé"; full "ÜNÏCØDÉ".
  CHECK(folds_unicode<TestType>("ÜNïCøDé", "ÜNÏCØDÉ", std::get<1>(rows[2])));
  // length of a NULL is NULL: the emails' lengths are NULL, 0, 7 ("u@x.org").
  CHECK(db(select(length(users.email)).from(users).order_by(users.age)).all() ==
        std::vector<std::tuple<optional<std::int64_t>>>{{std::nullopt}, {0}, {7}});
}

TEMPLATE_LIST_TEST_CASE("substr and replace count characters and bind their arguments", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  using row = std::tuple<string, string, string, string>;
  auto rows = db(select(substr(users.name, 2, 3), substr(users.name, 3), replace(users.name, "b", "p"), replace(users.name, "ø", "o"))
                     .from(users)
                     .order_by(users.age))
                  .all();
  // "  bob ": characters 2..4 " bo"; from 3 "bob "; b -> p "  pop "; no ø.
  // "": "" everywhere.
  // "Ünïcødé": characters 2..4 "nïc"; from 3 "ïcødé"; no b; ø -> o "Ünïcodé".
  CHECK(rows == std::vector<row>{{" bo", "bob ", "  pop ", "  bob "}, {"", "", "", ""}, {"nïc", "ïcødé", "Ünïcødé", "Ünïcodé"}});
  // A wide start (std::int64_t) works on PostgreSQL too (cast to INTEGER): from 5 of "Ünïcødé" is "ødé".
  CHECK(db(select(substr(users.name, std::int64_t{5})).from(users).where(users.age == 30)).first() == std::tuple{string("ødé")});
  // Prepared, with the positions as param<>s: 1..2 of "Ünïcødé" is "Ün".
  auto prefix = db.prepare(select(substr(users.name, param<"from">, param<"count">)).from(users).where(users.age == 30));
  CHECK(prefix(arg<"from">(1), arg<"count">(2)).first() == std::tuple{string("Ün")});
  // replace with an empty pattern leaves the string as it is on every backend... but that is the
  // database's rule; a replacement by "" removes: "  bob " without spaces is "bob".
  CHECK(db(select(replace(users.name, " ", "")).from(users).where(users.age == -5)).first() == std::tuple{string("bob")});
}

TEMPLATE_LIST_TEST_CASE("concat is NULL when a part is; coalesce and nullif", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  using row = std::tuple<optional<string>, string, string, optional<string>, optional<int>>;
  auto rows = db(select(concat(users.name, " <", users.email, ">"), concat(trim(users.name), "!"), coalesce(users.email, "none"),
                        nullif(users.name, ""), nullif(users.age, 0))
                     .from(users)
                     .order_by(users.age))
                  .all();
  // "  bob ", email NULL: concat NULL; "bob!"; coalesce "none"; nullif keeps "  bob "; -5.
  // "", email "": " <>" ; "!"; coalesce "" (empty is not NULL); nullif NULL; age 0 -> NULL.
  // "Ünïcødé", "u@x.org": "Ünïcødé <u@x.org>"; "Ünïcødé!"; "u@x.org"; "Ünïcødé"; 30.
  CHECK(rows == std::vector<row>{{std::nullopt, "bob!", "none", "  bob ", -5},
                                 {" <>", "!", "", std::nullopt, std::nullopt},
                                 {"Ünïcødé <u@x.org>", "Ünïcødé!", "u@x.org", "Ünïcødé", 30}});
  // coalesce of several: email, else nullif(name, ""), else "?": "  bob ", "?", "u@x.org".
  CHECK(db(select(coalesce(users.email, nullif(users.name, ""), "?")).from(users).order_by(users.age)).all() ==
        std::vector<std::tuple<string>>{{"  bob "}, {""}, {"u@x.org"}});
  // (the empty email of the second user is not NULL, so it is "", not "?")
  // concat of two param<>s (typed text on PostgreSQL): "Zoë" + "-" + "Ünï".
  auto join = db.prepare(select(concat(param<"a">, "-", param<"b">)).from(users).where(users.age == 0));
  CHECK(join(arg<"a">(string("Zoë")), arg<"b">(string("Ünï"))).first() == std::tuple{string("Zoë-Ünï")});
}

TEMPLATE_LIST_TEST_CASE("functions in where, order_by, update set and insert values", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  // length(trim(name)) = 3 only for "  bob ".
  CHECK(db(select(users.age).from(users).where(length(trim(users.name)) == 3)).all() == std::vector<std::tuple<int>>{{-5}});
  // By length, longest first: "Ünïcødé" 7, "  bob " 6, "" 0.
  CHECK(db(select(users.age).from(users).order_by(length(users.name).desc())).all() ==
        std::vector<std::tuple<int>>{{30}, {-5}, {0}});
  // update: "  bob " becomes upper(trim(.)) = "BOB"; the email NULL becomes coalesce(email, "b@x") = "b@x".
  db(update(users).set(users.name = upper(trim(users.name)), users.email = coalesce(users.email, "b@x")).where(users.age == -5));
  CHECK(db(select(users.name, users.email).from(users).where(users.age == -5)).first() ==
        std::tuple{string("BOB"), optional<string>("b@x")});
  // insert: concat of bound values, "Zoë" + " " + "Ünï" = "Zoë Ünï" (7 characters), age abs(-40) = 40.
  db(insert_into(users).set(users.name = concat("Zoë", " ", "Ünï"), users.age = abs(-40)));
  CHECK(db(select(users.name, length(users.name)).from(users).where(users.age == 40)).first() ==
        std::tuple{string("Zoë Ünï"), std::int64_t{7}});
}

TEMPLATE_LIST_TEST_CASE("abs and round keep the numeric type", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  add_samples(db);
  // abs of ages -5, 0, 30: 5, 0, 30.
  CHECK(db(select(abs(users.age)).from(users).order_by(users.age)).all() == std::vector<std::tuple<int>>{{5}, {0}, {30}});
  using row = std::tuple<double, double, double, optional<double>, optional<float>, std::int8_t>;
  auto rows = db(select(abs(samples.ratio), round(samples.ratio, 2), round(samples.ratio), round(samples.weight, 1),
                        abs(samples.weight), abs(samples.tiny))
                     .from(samples)
                     .order_by(samples.tiny))
                  .all();
  // A: |3.14159| = 3.14159; 3.14; 3.0; 0.75 -> 0.8 (7.5 tenths: half, but 8 is both away from
  //    zero and even); |0.75| = 0.75; |-7| = 7.
  // B: |-2.71828| = 2.71828; -2.72; -3.0; NULL; NULL; |100| = 100.
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == row{3.14159, 3.14, 3.0, 0.8, 0.75f, std::int8_t{7}});
  CHECK(rows[1] == row{2.71828, -2.72, -3.0, std::nullopt, std::nullopt, std::int8_t{100}});
  // round of an integer is an integer: -7 to tens is -10 and 100 is 100 on MariaDB and
  // PostgreSQL; SQLite's ROUND ignores negative digits, so -7 stays -7.
  const auto tens = db(select(round(samples.tiny, -1)).from(samples).order_by(samples.tiny)).all();
  const std::int8_t minus_seven_to_tens = std::string_view(TestType::name) == "SQLite" ? -7 : -10;
  CHECK(tens == std::vector<std::tuple<std::int8_t>>{{minus_seven_to_tens}, {100}});
  // A half: 2.5 rounds away from zero to 3 on SQLite and PostgreSQL (through NUMERIC), to even (2)
  // on MariaDB, whose ROUND of a DOUBLE uses rint().
  const double half = std::string_view(TestType::name) == "MariaDB" ? 2.0 : 3.0;
  CHECK(db(select(round(samples.ratio * 0 + 2.5)).from(samples).where(samples.tiny == 100)).first() == std::tuple{half});
  // round's digits as a std::int64_t (cast to INTEGER on PostgreSQL): 3.14159 to 3 digits is 3.142.
  CHECK(db(select(round(samples.ratio, std::int64_t{3})).from(samples).where(samples.tiny == -7)).first() == std::tuple{3.142});
}

TEMPLATE_LIST_TEST_CASE("cast<T> converts and keeps NULL-ness", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_users(db);
  add_samples(db);
  using row = std::tuple<string, double, std::int64_t>;
  // ages -5, 0, 30: as text "-5", "0", "30"; as double -5.0, 0.0, 30.0; text + "1" back to an
  // integer: "-51" -> -51, "01" -> 1, "301" -> 301.
  CHECK(db(select(cast<string>(users.age), cast<double>(users.age), cast<std::int64_t>(concat(cast<string>(users.age), "1")))
               .from(users)
               .order_by(users.age))
            .all() == std::vector<row>{{"-5", -5.0, -51}, {"0", 0.0, 1}, {"30", 30.0, 301}});
  // A timestamp's day: A 2023-12-31 (23:59:58 is still that day), B 2024-01-01. day is optional: A 2024-02-29, B NULL.
  using day_row = std::tuple<ctql::date, optional<ctql::date>, ctql::date>;
  const ctql::date dec31 = sys_days{year{2023} / December / 31};
  const ctql::date jan1 = sys_days{year{2024} / January / 1};
  // coalesce(day, cast<date>(at)): A 2024-02-29, B its timestamp's day 2024-01-01.
  CHECK(db(select(cast<ctql::date>(samples.at), cast<ctql::date>(samples.day), coalesce(samples.day, cast<ctql::date>(samples.at)))
               .from(samples)
               .order_by(samples.tiny))
            .all() == std::vector<day_row>{{dec31, day_a, day_a}, {jan1, std::nullopt, jan1}});
  // A date given as text: "2024-03-01" is 2024-03-01 everywhere.
  CHECK(db(select(cast<ctql::date>(string("2024-03-01"))).from(samples).where(samples.tiny == 100)).first() ==
        std::tuple{ctql::date{sys_days{year{2024} / March / 1}}});
  // A negative weight cast to an integer: weight NULL (B) stays NULL.
  CHECK(db(select(cast<int>(samples.weight)).from(samples).where(samples.tiny == 100)).first() == std::tuple{optional<int>{}});
}

TEMPLATE_LIST_TEST_CASE("extract reads parts as integers; a second is whole", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_samples(db);
  using i64 = std::int64_t;
  using row = std::tuple<i64, i64, i64, i64, i64, i64>;
  auto rows = db(select(extract<"year">(samples.at), extract<"month">(samples.at), extract<"day">(samples.at), extract<"hour">(samples.at),
                        extract<"minute">(samples.at), extract<"second">(samples.at))
                     .from(samples)
                     .order_by(samples.tiny))
                  .all();
  // A 2023-12-31 23:59:58.999999: 2023, 12, 31, 23, 59, 58 (the fraction is dropped, not rounded to 59).
  // B 2024-01-01 00:00:05.5: 2024, 1, 1, 0, 0, 5.
  CHECK(rows == std::vector<row>{{2023, 12, 31, 23, 59, 58}, {2024, 1, 1, 0, 0, 5}});
  // Of an optional date: A 2024-02-29 gives 2024, 2, 29; B NULL gives NULLs.
  using day_row = std::tuple<optional<i64>, optional<i64>, optional<i64>>;
  CHECK(db(select(extract<"year">(samples.day), extract<"month">(samples.day), extract<"day">(samples.day))
               .from(samples)
               .order_by(samples.tiny))
            .all() == std::vector<day_row>{{2024, 2, 29}, {std::nullopt, std::nullopt, std::nullopt}});
  // In where and group_by: one sample in December (A).
  CHECK(db(select(extract<"year">(samples.at), count()).from(samples).where(extract<"month">(samples.at) == 12)
               .group_by(extract<"year">(samples.at)))
            .all() == std::vector<std::tuple<i64, i64>>{{2023, 1}});
  // Of a bound timestamp value: 2024-01-01 00:00:05.5 -> second 5.
  CHECK(db(select(extract<"second">(at_b)).from(samples).where(samples.tiny == 100)).first() == std::tuple{i64{5}});
}

TEMPLATE_LIST_TEST_CASE("current_date and current_timestamp are today and now in UTC", "[scenario][function]", backends) {
  auto db = TestType::connect();
  add_samples(db);
  const auto before = floor<microseconds>(system_clock::now()) - seconds{2};  // SQLite's now has milliseconds
  auto [today, now] = *db(select(current_date(), current_timestamp()).from(samples).where(samples.tiny == -7)).first();
  const auto after = floor<microseconds>(system_clock::now()) + seconds{2};
  CHECK(now >= before);
  CHECK(now <= after);
  CHECK((today == floor<days>(before) || today == floor<days>(after)));
  // Both samples are in the past; a timestamp written from current_timestamp() reads back as now.
  CHECK(db(select(count()).from(samples).where(samples.at < current_timestamp() && samples.day < current_date())).first() ==
        std::tuple{std::int64_t{1}});  // B's day is NULL
  db(update(samples).set(samples.at = current_timestamp(), samples.day = current_date()).where(samples.tiny == 100));
  auto [at, day] = *db(select(samples.at, samples.day).from(samples).where(samples.tiny == 100)).first();
  CHECK(at >= before);
  CHECK(at <= floor<microseconds>(system_clock::now()) + seconds{2});
  CHECK(day.has_value());
  // Stored and compared in the same form: the updated row is not after now.
  CHECK(db(select(count()).from(samples).where(samples.at <= current_timestamp())).first() == std::tuple{std::int64_t{2}});
}
