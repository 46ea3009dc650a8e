// The tables every tutorial chapter uses (chapter 1 shows them). Each chapter is a program of its own,
// built and run against SQLite by the test command, so the code on the site cannot rot.
#pragma once
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include <ctql/sqlite.hpp>

// docs:begin tables
struct users_t : ctql::table<users_t, "users"> {
  column<"id",    std::int64_t, ctql::primary_key>          id;     // assigned by the database
  column<"name",  std::string,  ctql::max_length<50>>       name;   // NOT NULL: not optional
  column<"age",   int,          ctql::default_value<0>>     age;    // may be left out on insert
  column<"email", std::optional<std::string>, ctql::unique> email;  // nullable: std::optional
};
inline constexpr users_t users{};

struct posts_t : ctql::table<posts_t, "posts"> {
  column<"id",      std::int64_t, ctql::primary_key>              id;
  column<"user_id", std::int64_t, ctql::references<&users_t::id>> user_id;
  column<"title",   std::string>                                  title;
};
inline constexpr posts_t posts{};
// docs:end tables

// Each chapter checks what it prints; a wrong answer fails the test.
inline int tutorial_failures = 0;
inline void expect(bool ok, std::string_view what) {
  if (!ok) {
    std::cerr << "error: " << what << '\n';
    ++tutorial_failures;
  }
}
