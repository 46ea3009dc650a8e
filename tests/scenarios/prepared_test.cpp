// Prepared statements with named, typed parameters.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenarios/backends.hpp"

using namespace test;
using namespace ctql;
using std::string;

TEMPLATE_LIST_TEST_CASE("a prepared select runs with different arguments", "[scenario][prepare]", backends) {
  auto db = TestType::connect();
  for (int age : {15, 25, 35}) db(insert_into(users).set(users.name = "u" + std::to_string(age), users.age = age));
  auto older_than = db.prepare(select(users.name).from(users).where(users.age > param<"min">).order_by(users.name));
  std::vector<string> names;
  for (auto [name] : older_than(20)) names.push_back(name);
  CHECK(names == std::vector<string>{"u25", "u35"});
  CHECK(older_than(30).all().size() == 1);
  CHECK(older_than(99).all().empty());
}

TEMPLATE_LIST_TEST_CASE("prepared insert, update and delete; a name used twice is one argument", "[scenario][prepare]", backends) {
  auto db = TestType::connect();
  auto add = db.prepare(insert_into(users).set(users.name = param<"name">, users.email = param<"email">));
  add(arg<"name">("Ann"), arg<"email">(std::optional<string>{"ann@x"}));
  add(arg<"email">(std::nullopt), arg<"name">("Ben"));
  auto rename = db.prepare(update(users).set(users.name = param<"to">).where(users.name == param<"from">));
  CHECK(rename(arg<"to">("Bea"), arg<"from">("Ben")).rows_affected == 1);
  auto between = db.prepare(select(users.name).from(users).where(users.id >= param<"id"> && users.id <= param<"id">));
  const auto ann_id = std::get<0>(*db(select(users.id).from(users).where(users.name == "Ann")).first());
  CHECK(between(ann_id).first() == std::tuple{string("Ann")});
  auto remove = db.prepare(delete_from(users).where(users.email.is_null() && users.name == param<"name">));
  CHECK(remove("Bea").rows_affected == 1);
  CHECK(std::get<0>(*db(select(count()).from(users)).first()) == 1);
}

TEMPLATE_LIST_TEST_CASE("a string argument may be a temporary", "[scenario][prepare]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = string(40, 'x')));
  auto by_name = db.prepare(select(users.id).from(users).where(users.name == param<"n">));
  // The temporary string is gone before the rows are read: its text must have been copied.
  auto rows = by_name(string(40, 'x'));
  CHECK(rows.all().size() == 1);
  const string name(40, 'x');
  CHECK(by_name(std::string_view(name)).all().size() == 1);  // text arguments: string, view, literal
  CHECK(by_name("nobody").all().empty());
}

TEMPLATE_LIST_TEST_CASE("named arguments bind to their own param whatever their order", "[scenario][prepare]", backends) {
  auto db = TestType::connect();
  db(insert_into(users).set(users.name = "old"));
  db(insert_into(users).set(users.name = "keep"));
  auto rename = db.prepare(update(users).set(users.name = param<"new">).where(users.name == param<"old">));
  // Given old first: the row named "old" becomes "a"; "keep" is untouched.
  CHECK(rename(arg<"old">("old"), arg<"new">("a")).rows_affected == 1);
  // Given new first: the row now named "a" becomes "b".
  CHECK(rename(arg<"new">("b"), arg<"old">("a")).rows_affected == 1);
  auto names = db(select(users.name).from(users).order_by(users.name)).all();
  CHECK(names == std::vector<std::tuple<string>>{{"b"}, {"keep"}});
  // One parameter: positional or named.
  auto by_name = db.prepare(select(users.id).from(users).where(users.name == param<"n">));
  CHECK(by_name("keep").all().size() == 1);
  CHECK(by_name(arg<"n">("b")).all().size() == 1);
}
