#pragma once
// ctql::postgres: how PostgreSQL spells SQL and what it supports (see core/dialect/sqlite.hpp for
// what each member means). Its connector is defined in <ctql/postgres.hpp>.
#include <cstddef>
#include <string_view>

#include "ctql/core/render/dialect.hpp"

namespace ctql {

struct postgres {
  static constexpr std::string_view name = "PostgreSQL";
  static constexpr char quote = '"';
  static constexpr bool backslash_escapes = false;  // standard_conforming_strings (core/dialect/sqlite.hpp)
  static constexpr placeholder_style placeholders = placeholder_style::dollar_number;

  static constexpr bool supports_full_join = true;
  static constexpr bool supports_returning = true;
  static constexpr bool supports_update_returning = true;
  static constexpr upsert_style upsert = upsert_style::on_conflict;
  static constexpr bool upsert_select_needs_where = false;
  static constexpr update_from_style update_from = update_from_style::from_clause;
  static constexpr excluded_style excluded = excluded_style::excluded_table;
  static constexpr bool parenthesized_set_arms = true;
  static constexpr bool intersect_binds_tighter = true;  // as the SQL standard
  static constexpr null_ordering nulls_order = null_ordering::keywords;
  static constexpr bool limit_required_for_offset = false;
  static constexpr std::string_view unlimited_count = "ALL";
  static constexpr std::string_view integer_division = " / ";
  static constexpr std::string_view like_escape = "";  // a backslash is LIKE's escape by default
  static constexpr bool average_of_integers_rounded = false;  // NUMERIC of 16 decimals and more
  static constexpr std::string_view default_values_insert = " DEFAULT VALUES";

  static constexpr auto_key_style auto_key = auto_key_style::identity;
  static constexpr std::string_view boolean_type = "BOOLEAN";
  /// PostgreSQL has no unsigned types: an unsigned one takes the next wider signed type.
  static constexpr std::string_view integer_type(std::size_t bytes, bool is_unsigned) {
    const std::size_t needed = is_unsigned ? 2 * bytes : bytes;
    return needed <= 2 ? "SMALLINT" : needed == 4 ? "INTEGER" : needed == 8 ? "BIGINT" : "NUMERIC(20)";
  }
  static constexpr std::string_view floating_type(std::size_t bytes) { return bytes == 4 ? "REAL" : "DOUBLE PRECISION"; }
  static constexpr std::string_view blob_type = "BYTEA";
  static constexpr std::string_view date_type = "DATE";
  static constexpr std::string_view timestamp_type = "TIMESTAMP";
  static constexpr std::string_view time_type = "TIME";  // microseconds
  static constexpr std::string_view uuid_type = "UUID";
  static constexpr decimal_storage decimal = decimal_storage::numeric;
  static constexpr std::string_view decimal_type = "NUMERIC";
  static constexpr std::string_view json_type = "JSONB";
  static constexpr bool checks_value_types = false;
  static constexpr json_access_style json_access = json_access_style::path_text;
  static constexpr bool indexed_text_needs_length = false;
  static constexpr bool enforces_varchar_length = true;
  /// Whether CREATE INDEX takes IF NOT EXISTS: table_options' indexes are then created after the tables
  /// (db.create_all); without it (MySQL 8) they are written inside CREATE TABLE.
  static constexpr bool create_index_if_not_exists = true;
  static constexpr bool text_default_is_expression = false;
  static constexpr std::string_view table_options = "";

  // SQL functions (core/function/)
  static constexpr concat_style concat = concat_style::pipes;
  static constexpr std::string_view char_length_function = "LENGTH";
  static constexpr std::string_view cast_integer_type = "BIGINT";
  static constexpr std::string_view cast_text_type = "TEXT";
  static constexpr std::string_view json_integer_type = "BIGINT";  // jsonb keeps 1e2 as 100; '3.7' fails the cast
  static constexpr std::string_view date_cast_function = "";
  /// EXTRACT gives a NUMERIC (with a fraction for SECOND).
  static constexpr extract_style extract = extract_style::extract_numeric;
  /// There is no round(double precision, integer).
  static constexpr bool round_through_numeric = true;
  /// substr(text, bigint) does not exist: a BIGINT is not narrowed to INTEGER implicitly.
  static constexpr bool narrows_integer_arguments_by_cast = true;
  /// CURRENT_TIMESTAMP is a timestamptz in the session's zone; ctql's timestamps are UTC.
  static constexpr std::string_view current_date_sql = "CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS DATE)";
  static constexpr std::string_view current_timestamp_sql = "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')";

  class connection;
  /// `auto db = ctql::postgres::connect("postgresql://user:pw@127.0.0.1:5432/app");`
  static connection connect(std::string_view uri);
};

}  // namespace ctql
