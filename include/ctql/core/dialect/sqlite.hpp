#pragma once
// ctql::sqlite: how SQLite spells SQL and what it supports. Its connector (connect) is declared
// here and defined in <ctql/sqlite.hpp>, so no client library header is included by the core.
#include <cstddef>
#include <string_view>

#include "ctql/core/render/dialect.hpp"

namespace ctql {

struct sqlite {
  static constexpr std::string_view name = "SQLite";
  static constexpr char quote = '"';
  /// Whether a backslash in a quoted string is an escape, so a literal's own backslash is written
  /// twice (MySQL and MariaDB, whose connector keeps NO_BACKSLASH_ESCAPES off; not SQLite, nor
  /// PostgreSQL with standard_conforming_strings, its default since 9.1).
  static constexpr bool backslash_escapes = false;
  static constexpr placeholder_style placeholders = placeholder_style::question_mark;

  // Statements
  static constexpr bool supports_full_join = true;  // since SQLite 3.39
  static constexpr bool supports_returning = true;  // since SQLite 3.35
  /// Whether UPDATE takes RETURNING too (MariaDB has it after INSERT and DELETE only).
  static constexpr bool supports_update_returning = true;
  static constexpr upsert_style upsert = upsert_style::on_conflict;
  /// Whether the rows of one multi-row INSERT that leave out an integer primary key get consecutive
  /// keys (max + 1 each, while the largest key is below 2^63 - 1): the ORM then writes the keys of a
  /// bulk insert back from its last key, without RETURNING, which SQLite makes costly.
  static constexpr bool consecutive_insert_keys = true;
  /// Whether the select of an INSERT ... SELECT needs a WHERE before ON CONFLICT (SQLite: without
  /// one, the parser takes ON for a join's; `WHERE true` is added).
  static constexpr bool upsert_select_needs_where = true;
  /// How UPDATE reads other tables: UPDATE t SET ... FROM source (since SQLite 3.33).
  static constexpr update_from_style update_from = update_from_style::from_clause;
  /// How excluded(column) is written in do_update().
  static constexpr excluded_style excluded = excluded_style::excluded_table;
  /// How order_by(x.asc().nulls_last()) is written (NULLS FIRST/LAST since SQLite 3.30).
  /// Whether an arm of UNION/INTERSECT/EXCEPT may be parenthesized (SQLite: no; an arm with its own
  /// ORDER BY or LIMIT is then written SELECT * FROM (...)).
  static constexpr bool parenthesized_set_arms = false;
  /// Whether INTERSECT binds tighter than UNION and EXCEPT (SQLite: no, a chain is read left to right).
  static constexpr bool intersect_binds_tighter = false;
  static constexpr null_ordering nulls_order = null_ordering::keywords;
  /// OFFSET needs a LIMIT before it; this one means every row.
  static constexpr bool limit_required_for_offset = true;
  static constexpr std::string_view unlimited_count = "-1";
  /// What follows a LIKE pattern so that a backslash escapes %, _ and itself, as it does by default
  /// on MySQL and PostgreSQL (SQLite has no escape character unless told one).
  static constexpr std::string_view like_escape = " ESCAPE '\\'";
  /// The operator that divides two integers into an integer.
  static constexpr std::string_view integer_division = " / ";
  /// Whether AVG of integers is rounded to a few decimals (MySQL's DECIMAL of div_precision_increment
  /// places, 4 by default): then avg() averages them as DOUBLE, the std::optional<double> it gives.
  static constexpr bool average_of_integers_rounded = false;
  /// The tail of an INSERT that gives no column a value.
  static constexpr std::string_view default_values_insert = " DEFAULT VALUES";

  // Tables
  static constexpr auto_key_style auto_key = auto_key_style::rowid;
  static constexpr std::string_view boolean_type = "INTEGER";
  /// Exactly INTEGER, so an INTEGER PRIMARY KEY is the rowid.
  static constexpr std::string_view integer_type(std::size_t, bool) { return "INTEGER"; }
  static constexpr std::string_view floating_type(std::size_t) { return "REAL"; }
  static constexpr std::string_view blob_type = "BLOB";
  static constexpr std::string_view date_type = "TEXT";       // 'YYYY-MM-DD'
  static constexpr std::string_view timestamp_type = "TEXT";  // 'YYYY-MM-DD HH:MM:SS.ffffff'
  static constexpr std::string_view time_type = "TEXT";       // 'HH:MM:SS.ffffff', fixed width: ordered as text
  /// ctql::uuid, ctql::decimal<P, S>, ctql::json (core/schema/uuid.hpp, decimal.hpp, json.hpp). SQLite's are
  /// a 16-byte BLOB, a scaled INTEGER (exact, and compared and summed as numbers) and TEXT; a CHECK
  /// makes each hold only what it may (length(x) = 16, json_valid(x)).
  static constexpr std::string_view uuid_type = "BLOB";
  static constexpr decimal_storage decimal = decimal_storage::scaled_integer;
  static constexpr std::string_view decimal_type = "INTEGER";
  static constexpr std::string_view json_type = "TEXT";
  static constexpr bool checks_value_types = true;
  static constexpr json_access_style json_access = json_access_style::json_extract;
  /// Whether a string column that is a key or referenced must have a length (TEXT cannot be indexed).
  static constexpr bool indexed_text_needs_length = false;
  /// SQLite does not enforce VARCHAR(N): a CHECK (length(column) <= N) makes max_length hold.
  static constexpr bool enforces_varchar_length = false;
  /// Whether a TEXT column's default must be written as an expression: DEFAULT ('...').
  /// Whether CREATE INDEX takes IF NOT EXISTS: table_options' indexes are then created after the tables
  /// (db.create_all); without it (MySQL 8) they are written inside CREATE TABLE.
  static constexpr bool create_index_if_not_exists = true;
  static constexpr bool text_default_is_expression = false;
  /// What follows CREATE TABLE's closing parenthesis.
  static constexpr std::string_view table_options = "";

  // SQL functions (core/function/)
  static constexpr concat_style concat = concat_style::pipes;
  /// The function that counts a string's characters (not its bytes).
  static constexpr std::string_view char_length_function = "LENGTH";
  /// The type names CAST takes for an integer and a string (a double takes floating_type(8)).
  static constexpr std::string_view cast_integer_type = "INTEGER";
  static constexpr std::string_view cast_text_type = "TEXT";
  /// What a JSON value read as an integer is cast to where the dialect casts it (json_access_style
  /// json_value, path_text): a type that keeps 1e2 as 100 and 3.7 as 3.7, for the reading to refuse.
  static constexpr std::string_view json_integer_type = "INTEGER";  // not cast: json_extract
  /// Non-empty where a date is made by a function rather than CAST(x AS date_type): SQLite keeps
  /// dates as text, and DATE(x) cuts a timestamp's text to its day.
  static constexpr std::string_view date_cast_function = "DATE";
  static constexpr extract_style extract = extract_style::strftime;
  /// Whether ROUND(x, n) of a double must go through NUMERIC (PostgreSQL has only round(numeric, int)).
  static constexpr bool round_through_numeric = false;
  /// Whether a BIGINT argument to a function taking an INTEGER (substr's positions, round's digits)
  /// needs a CAST: PostgreSQL does not narrow it implicitly.
  static constexpr bool narrows_integer_arguments_by_cast = false;
  /// Today and now, in UTC as ctql::date and ctql::timestamp are; now as ctql stores a timestamp
  /// ('YYYY-MM-DD HH:MM:SS.ffffff' text, so that it compares with stored ones).
  static constexpr std::string_view current_date_sql = "CURRENT_DATE";
  static constexpr std::string_view current_timestamp_sql = "strftime('%Y-%m-%d %H:%M:%f000', 'now')";

  class connection;
  /// `auto db = ctql::sqlite::connect(":memory:");` (defined in <ctql/sqlite.hpp>)
  static connection connect(std::string_view path);
};

}  // namespace ctql
