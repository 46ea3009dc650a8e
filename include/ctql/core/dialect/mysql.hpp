#pragma once
// ctql::mysql: how MySQL 8 (8.0.19 or later) spells SQL and what it supports (see
// core/dialect/sqlite.hpp for what each member means). MariaDB is ctql::mariadb
// (core/dialect/mariadb.hpp). Its connector is defined in <ctql/mysql.hpp>.
#include <cstddef>
#include <string_view>

#include "ctql/core/render/dialect.hpp"

namespace ctql {

namespace detail {
/// What MySQL 8 and MariaDB spell alike: everything but RETURNING and excluded() (ctql::mysql and
/// ctql::mariadb add those, their names and their connectors).
struct mysql_family {
  static constexpr char quote = '`';
  /// A backslash in a quoted string is an escape: a literal's backslash is written twice. The
  /// connector keeps NO_BACKSLASH_ESCAPES off, and refuses to prepare such a text if a session has
  /// turned it on (mysql/connection.hpp), which would read it as two backslashes.
  static constexpr bool backslash_escapes = true;
  static constexpr placeholder_style placeholders = placeholder_style::question_mark;

  static constexpr bool supports_full_join = false;
  static constexpr upsert_style upsert = upsert_style::on_duplicate_key_update;
  static constexpr bool upsert_select_needs_where = false;
  static constexpr update_from_style update_from = update_from_style::multi_table;
  /// No NULLS FIRST/LAST: nulls_last() is written `x IS NULL, x ASC` (see core/expr/sort_order.hpp).
  static constexpr bool parenthesized_set_arms = true;
  static constexpr bool intersect_binds_tighter = true;  // as the SQL standard
  static constexpr null_ordering nulls_order = null_ordering::is_null_key;
  static constexpr bool limit_required_for_offset = true;
  static constexpr std::string_view unlimited_count = "18446744073709551615";
  /// `/` on integers gives a DECIMAL; DIV keeps integer division, as in the other dialects.
  static constexpr std::string_view integer_division = " DIV ";
  static constexpr std::string_view like_escape = "";  // a backslash is LIKE's escape by default
  /// AVG of integers gives a DECIMAL of div_precision_increment (4) decimals: 1.3333 for 4 / 3.
  static constexpr bool average_of_integers_rounded = true;
  static constexpr std::string_view default_values_insert = " () VALUES ()";

  static constexpr auto_key_style auto_key = auto_key_style::auto_increment;
  static constexpr std::string_view boolean_type = "BOOLEAN";
  static constexpr std::string_view integer_type(std::size_t bytes, bool is_unsigned) {
    if (is_unsigned)
      return bytes == 1 ? "TINYINT UNSIGNED" : bytes == 2 ? "SMALLINT UNSIGNED" : bytes == 4 ? "INT UNSIGNED" : "BIGINT UNSIGNED";
    return bytes == 1 ? "TINYINT" : bytes == 2 ? "SMALLINT" : bytes == 4 ? "INT" : "BIGINT";
  }
  static constexpr std::string_view floating_type(std::size_t bytes) { return bytes == 4 ? "FLOAT" : "DOUBLE"; }
  static constexpr std::string_view blob_type = "LONGBLOB";
  static constexpr std::string_view date_type = "DATE";
  static constexpr std::string_view timestamp_type = "DATETIME(6)";  // microseconds, as the others
  static constexpr std::string_view time_type = "TIME(6)";
  /// MySQL 8 has no UUID type: CHAR(36), the lowercase text, whose order is the bytes' (MariaDB: UUID).
  static constexpr std::string_view uuid_type = "CHAR(36)";
  static constexpr decimal_storage decimal = decimal_storage::numeric;
  static constexpr std::string_view decimal_type = "DECIMAL";
  static constexpr std::string_view json_type = "JSON";  // MariaDB: LONGTEXT with CHECK (JSON_VALID(x))
  static constexpr bool checks_value_types = false;
  static constexpr json_access_style json_access = json_access_style::json_value;
  /// MySQL and MariaDB cannot index TEXT (without a prefix length): an indexed string without max_length is VARCHAR(255) (in strict mode,
  /// which connect() sets, a longer value is an error, not a truncation).
  static constexpr bool indexed_text_needs_length = true;
  static constexpr bool enforces_varchar_length = true;
  /// MySQL takes a default for TEXT only as an expression (MariaDB takes it too).
  /// MySQL 8 has no CREATE INDEX IF NOT EXISTS: indexes are written inside CREATE TABLE (MariaDB has it).
  static constexpr bool create_index_if_not_exists = false;
  static constexpr bool text_default_is_expression = true;
  static constexpr std::string_view table_options = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

  // SQL functions (core/function/)
  static constexpr concat_style concat = concat_style::function;
  /// LENGTH counts bytes; CHAR_LENGTH counts characters.
  static constexpr std::string_view char_length_function = "CHAR_LENGTH";
  /// CAST takes SIGNED and CHAR, not BIGINT or TEXT (DOUBLE since MySQL 8.0.17 and MariaDB 10.4).
  static constexpr std::string_view cast_integer_type = "SIGNED";
  static constexpr std::string_view cast_text_type = "CHAR";
  /// CAST('1e2' AS SIGNED) is 1 and CAST('3.7' AS SIGNED) 3: as a DECIMAL they stay 100 and 3.7, and
  /// a fraction is refused when read as an integer (a comparison compares the whole value).
  static constexpr std::string_view json_integer_type = "DECIMAL(65, 30)";
  static constexpr std::string_view date_cast_function = "";
  static constexpr extract_style extract = extract_style::extract_integer;
  static constexpr bool round_through_numeric = false;
  static constexpr bool narrows_integer_arguments_by_cast = false;
  /// UTC whatever the session's time zone.
  static constexpr std::string_view current_date_sql = "UTC_DATE()";
  static constexpr std::string_view current_timestamp_sql = "UTC_TIMESTAMP(6)";
};
}  // namespace detail

struct mysql : detail::mysql_family {
  static constexpr std::string_view name = "MySQL";
  static constexpr bool supports_returning = false;
  static constexpr bool supports_update_returning = false;
  /// MySQL 8.0.19+: INSERT ... AS new ON DUPLICATE KEY UPDATE c = new.c (VALUES() is deprecated).
  static constexpr excluded_style excluded = excluded_style::row_alias;

  class connection;
  /// `auto db = ctql::mysql::connect("mysql://user:pw@127.0.0.1:3306/app");` Refuses a server that
  /// is not MySQL 8.0.19+ (a MariaDB server: use ctql::mariadb).
  static connection connect(std::string_view url);
};

}  // namespace ctql
