#pragma once
// The three dialect tags. Each is also where its connector's `connect` lives; the core only
// declares it, so no client library header is ever included here.
#include <string_view>

namespace ctql {

enum class placeholder_style { question_mark, dollar_number };

/// SQLite: `"quoted"` identifiers, `?` placeholders.
struct sqlite {
  static constexpr std::string_view name = "SQLite";
  static constexpr char quote = '"';
  static constexpr placeholder_style placeholders = placeholder_style::question_mark;
  static constexpr bool has_full_join = true;  // since SQLite 3.39
  static constexpr bool has_returning = true;  // since SQLite 3.35
  class connection;
  /// `auto db = ctql::sqlite::connect(":memory:");` (defined in <ctql/sqlite.hpp>)
  static connection connect(std::string_view path);
};

/// MySQL and MariaDB: `` `quoted` `` identifiers, `?` placeholders.
struct mysql {
  static constexpr std::string_view name = "MySQL";
  static constexpr char quote = '`';
  static constexpr placeholder_style placeholders = placeholder_style::question_mark;
  static constexpr bool has_full_join = false;
  static constexpr bool has_returning = false;
  class connection;
  /// `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");`
  static connection connect(std::string_view url);
};

/// PostgreSQL: `"quoted"` identifiers, `$1..$n` placeholders.
struct postgres {
  static constexpr std::string_view name = "PostgreSQL";
  static constexpr char quote = '"';
  static constexpr placeholder_style placeholders = placeholder_style::dollar_number;
  static constexpr bool has_full_join = true;
  static constexpr bool has_returning = true;
  class connection;
  /// `auto db = ctql::postgres::connect("postgresql://user:pw@127.0.0.1:5432/app");`
  static connection connect(std::string_view uri);
};

template <class D>
concept dialect = requires {
  D::quote;
  D::placeholders;
};

}  // namespace ctql
