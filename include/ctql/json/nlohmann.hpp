#pragma once
// ctql::json_of<nlohmann::json>: a JSON column holding nlohmann-json's value (Debian:
// nlohmann-json3-dev). Include it yourself: no other ctql header does, so ctql never needs it.
// `column<"meta", ctql::json_of<nlohmann::json>> meta;`, `(*row.meta)["stock"]`.
#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>

#include <exception>
#include <string>
#include <string_view>

#include "ctql/core/error.hpp"
#include "ctql/core/schema/json.hpp"

namespace ctql {

/// A nlohmann::basic_json's text: parse() refuses what is not JSON (a ctql::error); dump() is
/// compact. For nlohmann::ordered_json: `template <> struct ctql::json_codec<nlohmann::ordered_json>
/// : ctql::nlohmann_codec<nlohmann::ordered_json> {};`.
template <class J>
struct nlohmann_codec {
  using json_type = J;
  static json_type parse(std::string_view text) {
    try {
      return json_type::parse(text);
    } catch (const std::exception& e) {
      throw error(std::string("the text is not JSON nlohmann::json takes: ") + e.what());
    }
  }
  static std::string dump(const json_type& value) { return value.dump(); }
};

template <>
struct json_codec<nlohmann::json> : nlohmann_codec<nlohmann::json> {};

}  // namespace ctql
#else
// Without nlohmann-json this header defines nothing: a json_of<nlohmann::json> column cannot be named.
#endif
