#pragma once
// The tables the header-use files (tests/headers/**/*_use.cpp) declare their uses on, one namespace
// a set. A use file includes this only after the header under test, so the header still has to
// compile first on its own. Includes only core/schema/table.hpp (the schema, with the operators a
// column takes) and what the columns' types need: never a statement, dialect or connector header.
#include <cstdint>
#include <optional>
#include <string>

#include "ctql/core/schema/table.hpp"

namespace use_tables {

// users and their posts, with titles: the clauses', SELECT's and the connectors' uses.
namespace blog {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};

}  // namespace blog

// users with a nullable email and a floating-point score, and posts' keys: the expressions' and
// functions' uses (strings, NULLs, mixed arithmetic, subqueries on posts).
namespace scored {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique> email;
  column<"score", double, ctql::default_value<0.0>> score;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
};
inline constexpr posts_t posts{};

}  // namespace scored

// users with a nullable unique email, and posts' keys: the statements' and DDL's uses.
namespace contact {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique> email;
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
};
inline constexpr posts_t posts{};

}  // namespace contact

// users with a unique email to upsert on, and a table whose columns all have defaults (DEFAULT
// VALUES) with an auto key (its DDL): the dialects' uses (and INSERT's, for counters).
namespace dialect {

struct users_t : ctql::table<users_t, "users"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<50>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique, ctql::max_length<100>> email;
};
inline constexpr users_t users{};

struct counters_t : ctql::table<counters_t, "counters"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"hits", int, ctql::default_value<0>> hits;
};
inline constexpr counters_t counters{};

}  // namespace dialect

}  // namespace use_tables
