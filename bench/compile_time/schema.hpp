#pragma once
// Three tables for the compile-time benchmark.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/ctql.hpp>

namespace bench {

struct authors_t : ctql::table<authors_t, "authors"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<80>> name;
  column<"age", int, ctql::default_value<0>> age;
  column<"email", std::optional<std::string>, ctql::unique> email;
  column<"joined", ctql::date> joined;
};
inline constexpr authors_t authors{};

struct books_t : ctql::table<books_t, "books"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"author_id", std::int64_t, ctql::references<&authors_t::id>> author_id;
  column<"title", std::string> title;
  column<"price", double, ctql::default_value<9.5>> price;
  column<"published", std::optional<ctql::timestamp>> published;
};
inline constexpr books_t books{};

struct reviews_t : ctql::table<reviews_t, "reviews"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"book_id", std::int64_t, ctql::references<&books_t::id>> book_id;
  column<"stars", int> stars;
  column<"body", std::optional<std::string>> body;
};
inline constexpr reviews_t reviews{};

}  // namespace bench
