#pragma once
// The SQL type each dialect stores a C++ value type in.
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

/// Whether a string column is TEXT on MySQL (no max_length, not indexed).
template <class Column>
constexpr bool mysql_text_column() {
  return std::is_void_v<typename Column::max_length_option> && !Column::is_unique && !Column::is_primary_key &&
         std::is_void_v<typename Column::references_option>;
}

/// The column type name, without NOT NULL or length. Column is a ctql::column type.
template <class D, class Column, class Ctx>
constexpr void render_column_type(Ctx& ctx) {
  using T = strip_optional_t<typename Column::value_type>;
  constexpr category c = category_of<T>();
  constexpr bool is_sqlite = std::is_same_v<D, sqlite>;
  constexpr bool is_mysql = std::is_same_v<D, mysql>;
  if constexpr (c == category::boolean) {
    ctx.text(is_sqlite ? "INTEGER" : "BOOLEAN");
  } else if constexpr (c == category::integral) {
    if constexpr (is_sqlite) {
      ctx.text("INTEGER");  // exactly INTEGER, so an INTEGER PRIMARY KEY is the rowid
    } else if constexpr (is_mysql) {
      ctx.text(sizeof(T) == 1 ? "TINYINT" : sizeof(T) == 2 ? "SMALLINT" : sizeof(T) == 4 ? "INT" : "BIGINT");
      if constexpr (std::is_unsigned_v<T>) ctx.text(" UNSIGNED");
    } else {
      // PostgreSQL has no unsigned types: take the next wider signed one.
      constexpr std::size_t bytes = sizeof(T) * (std::is_unsigned_v<T> ? 2 : 1);
      ctx.text(bytes <= 2 ? "SMALLINT" : bytes == 4 ? "INTEGER" : bytes == 8 ? "BIGINT" : "NUMERIC(20)");
    }
  } else if constexpr (c == category::floating) {
    if constexpr (is_sqlite) ctx.text("REAL");
    else if constexpr (is_mysql) ctx.text(sizeof(T) == 4 ? "FLOAT" : "DOUBLE");
    else ctx.text(sizeof(T) == 4 ? "REAL" : "DOUBLE PRECISION");
  } else if constexpr (c == category::text) {
    using max_length = typename Column::max_length_option;
    if constexpr (!std::is_void_v<max_length>) {
      ctx.text("VARCHAR(");
      ctx.number(max_length::value);
      ctx.text(")");
    } else if constexpr (is_mysql && !mysql_text_column<Column>()) {
      // MySQL cannot index TEXT; an indexed string without max_length gets 255 characters
      // (in strict mode, the default, a longer value is an error, not a truncation).
      ctx.text("VARCHAR(255)");
    } else {
      ctx.text("TEXT");
    }
  } else if constexpr (c == category::blob) {
    ctx.text(is_sqlite ? "BLOB" : is_mysql ? "LONGBLOB" : "BYTEA");
  } else if constexpr (c == category::date) {
    ctx.text(is_sqlite ? "TEXT" : "DATE");  // SQLite: 'YYYY-MM-DD'
  } else if constexpr (c == category::timestamp) {
    // SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff'; all three keep microseconds exactly.
    ctx.text(is_sqlite ? "TEXT" : is_mysql ? "DATETIME(6)" : "TIMESTAMP");
  }
}

}  // namespace ctql
