#pragma once
// The tables the tests share: the ones in API.md, plus one with every value type.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/ctql.hpp>

namespace test {

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
  column<"title", std::string> title;
  column<"created", ctql::timestamp> created;
  column<"class", std::string> class_;  // a reserved word as a column name
};
inline constexpr posts_t posts{};

/// A composite primary key.
struct tags_t : ctql::table<tags_t, "tags"> {
  column<"post_id", std::int64_t, ctql::primary_key> post_id;
  column<"tag", std::string, ctql::primary_key, ctql::max_length<40>> tag;
  column<"weight", int, ctql::default_value<1>> weight;
};
inline constexpr tags_t tags{};

struct samples_t : ctql::table<samples_t, "samples"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"flag", bool, ctql::default_value<true>> flag;
  column<"tiny", std::int8_t> tiny;
  column<"small", std::uint16_t> small;
  column<"big", std::uint64_t> big;
  column<"ratio", double, ctql::default_value<2.5>> ratio;
  column<"weight", std::optional<float>> weight;
  column<"label", std::string, ctql::default_value<"it's">> label;
  column<"data", ctql::blob> data;
  column<"day", std::optional<ctql::date>> day;
  column<"at", ctql::timestamp> at;
};
inline constexpr samples_t samples{};

}  // namespace test
