#pragma once
// ctql::json: JSON kept as its text in C++, checked when it is made; JSONB on PostgreSQL, JSON on
// MySQL and MariaDB, TEXT with CHECK (json_valid(...)) on SQLite. `column.get<int>(json_path<"$.a">)`
// reads a value inside it in SQL, the path checked at compile time. ctql::json_of<J> holds a JSON
// library's own value (see <ctql/json/nlohmann.hpp>). Both are ctql::value_traits types stored as
// ctql::sql_json (core/schema/sql_forms.hpp), as yours can be.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctql/core/error.hpp"
#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/fixed_string.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/schema/category.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_traits.hpp"

namespace ctql {

namespace detail {
/// Where RFC 8259 JSON text `s` stops being valid from `i` on (one value, then only whitespace):
/// s.size() if it is valid. Nesting deeper than 512 is refused (no database takes more than 1000).
class json_checker {
 public:
  static constexpr int max_depth = 512;
  static constexpr bool valid(std::string_view s) {
    json_checker c{s};
    c.space();
    if (!c.value(0)) return false;
    c.space();
    return c.i == s.size();
  }

 private:
  constexpr explicit json_checker(std::string_view text) : s(text) {}
  std::string_view s;
  std::size_t i = 0;

  constexpr bool at(char c) const { return i < s.size() && s[i] == c; }
  constexpr void space() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  constexpr bool word(std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  }
  constexpr bool digits() {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  }
  constexpr bool number() {
    if (at('-')) ++i;
    if (at('0')) ++i;
    else if (!digits()) return false;
    if (at('.')) {
      ++i;
      if (!digits()) return false;
    }
    if (at('e') || at('E')) {
      ++i;
      if (at('+') || at('-')) ++i;
      if (!digits()) return false;
    }
    return true;
  }
  constexpr bool string() {
    ++i;  // the opening quote
    while (i < s.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == '"') {
        ++i;
        return true;
      }
      if (c < 0x20) return false;  // a control character must be escaped
      if (c == '\\') {
        ++i;
        if (i >= s.size()) return false;
        const char e = s[i];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k) {
            ++i;
            if (i >= s.size()) return false;
            const char h = s[i];
            if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) return false;
          }
        } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
          return false;
        }
      }
      ++i;
    }
    return false;
  }
  constexpr bool value(int depth) {
    if (i >= s.size()) return false;
    switch (s[i]) {
      case '{':
      case '[': {
        if (depth >= max_depth) return false;
        const char close = s[i] == '{' ? '}' : ']';
        const bool object = close == '}';
        ++i;
        space();
        if (at(close)) {
          ++i;
          return true;
        }
        while (true) {
          if (object) {
            if (!at('"') || !string()) return false;
            space();
            if (!at(':')) return false;
            ++i;
            space();
          }
          if (!value(depth + 1)) return false;
          space();
          if (at(close)) {
            ++i;
            return true;
          }
          if (!at(',')) return false;
          ++i;
          space();
        }
      }
      case '"': return string();
      case 't': return word("true");
      case 'f': return word("false");
      case 'n': return word("null");
      default: return number();
    }
  }
};
}  // namespace detail

/// `ctql::json meta{R"({"stock": 3})"};`, `meta.text()`, `to_string(meta)`. The text is kept as it
/// is given (PostgreSQL's JSONB gives it back normalized: `{"a": 1}` for `{"a":1}`).
class json {
 public:
  /// JSON null.
  json() = default;
  /// ctql::error unless the text is one JSON value (RFC 8259; nesting up to 512 deep).
  explicit json(std::string text) : json(sql_json{std::move(text)}) {}
  explicit json(std::string_view text) : json(std::string(text)) {}
  explicit json(const char* text) : json(std::string(text)) {}

  const std::string& text() const { return stored_.text; }
  /// What a database gives back (checked there).
  static json from_text(std::string text) { return json(std::move(text)); }

  /// The same text, not the same JSON value: `{"a":1}` and `{"a": 1}` differ (and PostgreSQL's
  /// JSONB gives back the second for the first). In SQL, JSON does not compare at all.
  friend bool operator==(const json&, const json&) = default;

 private:
  friend struct value_traits<json>;
  // What a connector read: the text moved in once, then checked.
  explicit json(sql_json&& read) : stored_(std::move(read)) {
    const std::string& t = stored_.text;
    if (!detail::json_checker::valid(t))
      throw error("'" + (t.size() > 80 ? t.substr(0, 80) + "..." : t) + "' is not JSON (RFC 8259)");
  }
  sql_json stored_{"null"};
};

inline std::string to_string(const json& j) { return j.text(); }

/// ctql::json is stored as a ctql::sql_json (its own text, not copied) and compares with nothing
/// (category::json).
template <>
struct value_traits<json> {
  using stored_type = sql_json;
  static constexpr category sql_category = category::json;
  static const sql_json& to_stored(const json& j) { return j.stored_; }
  static json from_stored(const sql_json& s) { return json(sql_json(s)); }
  static json from_stored(sql_json&& s) { return json(std::move(s)); }  // what a connector read: no copy
};

/// Specialize to store a JSON library's values in ctql::json_of<J> columns:
/// `static J parse(std::string_view text)` (may throw on text that is not JSON) and
/// `static std::string dump(const J& value)`. <ctql/json/nlohmann.hpp> does it for nlohmann::json.
template <class J>
struct json_codec;

/// A JSON column holding J: `column<"meta", ctql::json_of<nlohmann::json>> meta;`, `*row.meta`.
template <class J>
class json_of {
 public:
  json_of() = default;
  json_of(J value) : value_(std::move(value)) {}

  const J& value() const { return value_; }
  J& value() { return value_; }
  const J& operator*() const { return value_; }
  const J* operator->() const { return &value_; }

  std::string text() const { return json_codec<J>::dump(value_); }
  static json_of from_text(const std::string& text) { return json_of(json_codec<J>::parse(text)); }

 private:
  J value_{};
};

/// json_of<J> is stored as a ctql::sql_json, its value's text, and compares with nothing (category::json).
template <class J>
struct value_traits<json_of<J>> {
  using stored_type = sql_json;
  static constexpr category sql_category = category::json;
  static sql_json to_stored(const json_of<J>& j) { return {j.text()}; }
  static json_of<J> from_stored(const sql_json& s) { return json_of<J>::from_text(s.text); }
};

namespace detail {
/// Whether a JSON path is one every database takes: `$`, then `.name` (letters, digits, `_`) or `[index]`.
constexpr bool json_path_well_formed(std::string_view text) {
  if (text.empty() || text[0] != '$') return false;
  std::size_t i = 1;
  while (i < text.size()) {
    if (text[i] == '.') {
      const std::size_t start = ++i;
      while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                                 (text[i] >= '0' && text[i] <= '9') || text[i] == '_'))
        ++i;
      if (i == start || (text[start] >= '0' && text[start] <= '9')) return false;
    } else if (text[i] == '[') {
      const std::size_t start = ++i;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
      if (i == start || i >= text.size() || text[i] != ']') return false;
      ++i;
    } else {
      return false;
    }
  }
  return true;
}
}  // namespace detail

/// A path into JSON that every database takes: `$`, then `.name` (letters, digits, `_`) or `[index]`.
template <fixed_string Path>
struct json_path_t {
  static constexpr std::string_view text = Path.view();
  static_assert(detail::json_path_well_formed(text),
                "ctql: json_path<...> must be $ followed by .name (letters, digits, _; not starting with a digit) "
                "or [index] steps, e.g. $.stock or $.tags[0].name");

  /// '{a,0,b}': the path as PostgreSQL's #>> operator takes it.
  template <class Ctx>
  static constexpr void render_pg_path(Ctx& ctx) {
    ctx.text("'{");
    bool first = true;
    for (std::size_t i = 1; i < text.size();) {
      const std::size_t start = i + 1;
      std::size_t end = start;
      while (end < text.size() && text[end] != '.' && text[end] != '[' && text[end] != ']') ++end;
      if (!first) ctx.text(",");
      first = false;
      ctx.text(text.substr(start, end - start));
      i = end < text.size() && text[end] == ']' ? end + 1 : end;
    }
    ctx.text("}'");
  }
};

/// `ctql::json_path<"$.stock">`: checked at compile time.
template <fixed_string Path>
inline constexpr json_path_t<Path> json_path{};

template <class T>
constexpr void json_get_type_unsupported() {
  static_assert(always_false<T>,
                "ctql: get<T>(json_path<...>) reads T = a signed integer type (int, std::int64_t, ...), double or "
                "std::string: what every database can take out of JSON");
}

namespace function {
/// The value at Path of a JSON operand, as T, NULL where the path is missing.
template <class T, class Path>
struct json_get : scalar_function {
  template <class Operand>
  using result = std::optional<T>;
  template <class Operand, class Ctx>
  static constexpr void render(Ctx& ctx) {
    using D = typename Ctx::dialect;
    constexpr bool is_text = std::is_same_v<T, std::string>;
    if constexpr (D::json_access == json_access_style::json_extract) {
      // SQLite's json_extract gives an INTEGER, REAL or TEXT as the JSON holds: no cast, so a
      // value of another JSON type is refused when read, not converted.
      ctx.text("json_extract(");
      Operand::render(ctx);
      ctx.text(", '");
      ctx.text(Path::text);
      ctx.text("')");
    } else {
      if constexpr (!is_text) ctx.text("CAST(");
      if constexpr (D::json_access == json_access_style::json_value) {
        ctx.text("JSON_VALUE(");
        Operand::render(ctx);
        ctx.text(", '");
        ctx.text(Path::text);
        ctx.text("')");
      } else {
        ctx.text("(");
        Operand::render(ctx);
        ctx.text(" #>> ");
        Path::render_pg_path(ctx);
        ctx.text(")");
      }
      if constexpr (!is_text) {
        ctx.text(" AS ");
        if constexpr (std::is_floating_point_v<T>) ctx.text(D::floating_type(8));
        else ctx.text(D::json_integer_type);
        ctx.text(")");
      }
    }
  }
};
}  // namespace function

/// What column.get<T>(path) makes: `items.meta.get<int>(ctql::json_path<"$.stock">) > 0`.
template <class T, class Path, class Operand>
constexpr auto json_get(const Operand& operand) {
  if constexpr (!(std::is_same_v<T, std::string> || std::is_same_v<T, double> ||
                  (std::is_integral_v<T> && std::is_signed_v<T> && !std::is_same_v<T, char>))) {
    json_get_type_unsupported<T>();
    return invalid_expression{};
  } else {
    return make_call<function::json_get<T, Path>>(operand);
  }
}

}  // namespace ctql
