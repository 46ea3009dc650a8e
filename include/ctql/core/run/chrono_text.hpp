#pragma once
// ctql::date and ctql::timestamp as ISO 8601 text ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS.ffffff'),
// the form SQLite stores them in and every database reads. Parsing is exact or fails. Compiled once,
// in ctql_run (core/run/shared_compiled_part.hpp).
#include <cstddef>
#include <optional>
#include <string_view>

#include "ctql/core/meta/lean_std.hpp"
#include "ctql/core/schema/value_types.hpp"

namespace ctql {

/// Room for the longest text a timestamp becomes.
struct chrono_buffer {
  char chars[32];
  std::size_t length = 0;
  std::string_view view() const { return {chars, length}; }
};

/// 'YYYY-MM-DD'
chrono_buffer to_text(date d);

/// 'YYYY-MM-DD HH:MM:SS.ffffff'
chrono_buffer to_text(timestamp t);

/// Reads 'YYYY-MM-DD'; nullopt for anything else.
std::optional<date> parse_date(std::string_view s);

/// Reads 'YYYY-MM-DD HH:MM:SS' with an optional fraction of up to 6 digits (or 'T' for the
/// space); nullopt for anything else, including a fraction finer than a microsecond.
std::optional<timestamp> parse_timestamp(std::string_view s);

}  // namespace ctql
