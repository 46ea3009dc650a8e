// ctql-gen: writes the table types of a live database as the header a person would write.
//   ctql-gen --url URL [--table NAME...] [--namespace NS]        the header, on stdout
//   ctql-gen --url URL [--table NAME...] [--namespace NS] --check FILE
//                                                               exit 1 (and the differing lines) if FILE differs
// It reads the database through the catalog queries verify_schema uses (<ctql/schema.hpp>:
// catalog_for<D>), plus what only a generator needs: defaults, CHECK texts (written back as
// ctql::check<> where check_condition.hpp can read them), which unique indexes are constraints.
// See docs/schema.md, section "ctql-gen", for the type mapping and what is not generated.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ctql/mariadb.hpp>
#include <ctql/mysql.hpp>
#include <ctql/postgres.hpp>
#include <ctql/schema.hpp>
#include <ctql/sqlite.hpp>

#include "check_condition.hpp"

namespace gen {

using std::string;
using std::string_view;
using std::vector;

enum class backend { sqlite, mariadb, mysql, postgres };

/// A mistake in the database or the arguments: printed as `ctql-gen: ...`, exit 2.
struct failure {
  string message;
};

/// What a generator needs beyond verify_schema's table_shape.
struct extra_facts {
  std::map<string, std::optional<string>> defaults;  // column -> DEFAULT text as the catalog gives it
  vector<std::pair<string, string>> checks;           // name -> condition text ("CHECK (...)" on PostgreSQL)
  vector<check_condition::sqlite_check> sqlite_checks;  // SQLite: from the CREATE TABLE text
  std::set<string> unique_constraints;                // names of UNIQUE constraints (PostgreSQL)
};

// ---------------------------------------------------------------------------------------------------
// Reading the database.

template <class Db>
extra_facts read_extra(Db& db, backend b, const string& table) {
  using namespace ctql;
  extra_facts x;
  if (b == backend::sqlite) {
    for (auto [name, value] : db(text<string, std::optional<string>>(
                                     "SELECT name, dflt_value FROM pragma_table_xinfo(:t) WHERE hidden = 0"),
                                 arg<"t">(table)))
      x.defaults[name] = value;
    // SQLite keeps no catalog of CHECKs: they are in the CREATE TABLE text it keeps.
    for (auto [sql] : db(text<std::optional<string>>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
                         arg<"t">(table)))
      if (sql) x.sqlite_checks = check_condition::sqlite_checks(*sql);
  } else if (b == backend::postgres) {
    for (auto [name, value] : db(text<string, string>(
                                     "SELECT a.attname::text, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                                     "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                                     "JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = current_schema() AND c.relname = :t"),
                                 arg<"t">(table)))
      x.defaults[name] = value;
    for (auto [name, kind, definition] : db(text<string, string, string>(
                                               "SELECT con.conname::text, con.contype::text, pg_get_constraintdef(con.oid) "
                                               "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                               "WHERE n.nspname = current_schema() AND c.relname = :t "
                                               "AND con.contype IN ('c', 'u') ORDER BY con.conname"),
                                           arg<"t">(table))) {
      if (kind == "u") x.unique_constraints.insert(name);
      else x.checks.emplace_back(name, definition);
    }
  } else {
    for (auto [name, value] : db(text<string, std::optional<string>>(
                                     "SELECT COLUMN_NAME, COLUMN_DEFAULT FROM information_schema.COLUMNS "
                                     "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t"),
                                 arg<"t">(table)))
      x.defaults[name] = value;
    const string checks = b == backend::mariadb
                              ? "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :t ORDER BY CONSTRAINT_NAME"
                              : "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc "
                                "JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA "
                                "AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME WHERE cc.CONSTRAINT_SCHEMA = DATABASE() "
                                "AND tc.TABLE_NAME = :t AND tc.CONSTRAINT_TYPE = 'CHECK' ORDER BY cc.CONSTRAINT_NAME";
    for (auto [name, clause] : db(text<string, string>(checks), arg<"t">(table))) x.checks.emplace_back(name, clause);
  }
  return x;
}

// ---------------------------------------------------------------------------------------------------
// Names: the SQL name stays exact; the C++ name is made safe.

const std::set<string_view>& reserved_words() {
  static const std::set<string_view> words{
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
      "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
      "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
      "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
      "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
      "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
      "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
      "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
      // Names with a meaning in every ctql table (ctql::table's members) or at namespace scope.
      "column", "sql_name", "provided_tables", "nullable_tables", "tables", "params", "unjoined_on_tables",
      "is_dynamic", "binds_values", "uses_full_join", "render_source", "visit", "as", "main", "std", "ctql"};
  return words;
}
/// C library functions a table object at namespace scope would clash with (<sys/select.h>'s select).
const std::set<string_view>& library_names() {
  static const std::set<string_view> names{"select", "time", "index", "open", "close", "read", "write", "remove",
                                           "rename", "signal", "exit", "abort", "free", "div", "link", "stat",
                                           "wait", "kill", "send", "recv", "connect", "bind", "accept", "listen",
                                           "socket", "log", "exp", "pipe", "sleep", "random", "system", "clock"};
  return names;
}

/// Latin letters with marks written as ASCII (año -> ano, größe -> groesse); other bytes become `_`.
string ascii_name(string_view name) {
  static const std::map<string, string> letters{
      {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ã", "a"}, {"å", "a"}, {"ä", "ae"}, {"æ", "ae"}, {"ç", "c"},
      {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"í", "i"}, {"ì", "i"}, {"î", "i"}, {"ï", "i"},
      {"ñ", "n"}, {"ó", "o"}, {"ò", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "oe"}, {"ø", "o"}, {"ú", "u"},
      {"ù", "u"}, {"û", "u"}, {"ü", "ue"}, {"ý", "y"}, {"ß", "ss"}, {"Á", "A"}, {"É", "E"}, {"Ñ", "N"},
      {"Ö", "Oe"}, {"Ü", "Ue"}, {"Ä", "Ae"}};
  string out;
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    length = std::min(length, name.size() - i);
    const auto it = letters.find(string(name.substr(i, length)));
    out += it != letters.end() ? it->second : "_";
    i += length;
  }
  return out;
}

/// A C++ identifier for an SQL name, not one of `taken`: `class` -> `class_`, `2nd` -> `c_2nd`,
/// `first name` -> `first_name`; a second `first_name` -> `first_name_2`. A table's object
/// (`at_namespace_scope`) avoids the C library's names too.
string cpp_name(string_view sql, std::set<string>& taken, bool at_namespace_scope = false) {
  string name = ascii_name(sql);
  if (name.empty()) name = "unnamed";
  if (name[0] >= '0' && name[0] <= '9') name = "c_" + name;
  // A leading `_` followed by a capital, or `__` anywhere, is the implementation's.
  if (name[0] == '_') name = "c" + name;
  for (std::size_t at; (at = name.find("__")) != string::npos;) name.erase(at, 1);
  if (reserved_words().contains(name) || (at_namespace_scope && library_names().contains(name))) name += "_";
  string unique = name;
  const string stem = name.back() == '_' ? name : name + "_";
  for (int n = 2; taken.contains(unique) || taken.contains(unique + "_t"); ++n) unique = stem + std::to_string(n);
  taken.insert(unique);
  return unique;
}


/// One line of comment text: no line breaks.
string one_line(string_view s) {
  string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Types.

enum class family { boolean, integer, floating, text, blob, date, timestamp, time, uuid, decimal, json };

struct mapped_type {
  string cpp;              // std::int64_t, ctql::decimal<10, 2>, ...
  family kind;
  std::size_t max_length;  // 0: none
};

string lower(string_view s) { return ctql::detail::lowercase(s); }

std::optional<std::pair<int, int>> precision_scale(const string& t) {
  const auto open = t.find('('), comma = t.find(','), close = t.find(')');
  if (open == string::npos || close == string::npos) return std::nullopt;
  try {
    const int p = std::stoi(t.substr(open + 1));
    const int s = comma == string::npos || comma > close ? 0 : std::stoi(t.substr(comma + 1));
    return std::pair{p, s};
  } catch (...) {
    return std::nullopt;
  }
}
std::size_t length_of(const string& t) {
  const auto open = t.find('(');
  if (open == string::npos) return 0;
  try {
    return static_cast<std::size_t>(std::stoul(t.substr(open + 1)));
  } catch (...) {
    return 0;
  }
}
bool starts(const string& t, string_view p) { return t.rfind(p, 0) == 0; }

/// The C++ type of a declared column type, or nothing when ctql has none for it.
std::optional<mapped_type> map_type(backend b, const string& declared, bool json_checked) {
  const string t = lower(declared);
  if (b == backend::sqlite) {
    // SQLite's type affinity (https://sqlite.org/datatype3.html), with ctql's own spellings first.
    if (t == "boolean" || t == "bool") return mapped_type{"bool", family::boolean, 0};
    if (t.find("int") != string::npos) return mapped_type{"std::int64_t", family::integer, 0};
    if (t == "date") return mapped_type{"ctql::date", family::date, 0};
    if (t == "datetime" || starts(t, "timestamp")) return mapped_type{"ctql::timestamp", family::timestamp, 0};
    if (t == "time") return mapped_type{"ctql::time_of_day", family::time, 0};
    if (t == "json") return mapped_type{"ctql::json", family::json, 0};
    if (t.find("char") != string::npos || t.find("clob") != string::npos || t.find("text") != string::npos)
      return mapped_type{"std::string", family::text, length_of(t)};
    if (t.find("blob") != string::npos) return mapped_type{"ctql::blob", family::blob, 0};
    if (t.find("real") != string::npos || t.find("floa") != string::npos || t.find("doub") != string::npos)
      return mapped_type{"double", family::floating, 0};
    return std::nullopt;  // no type, NUMERIC, DECIMAL (SQLite keeps them as REAL: not ctql::decimal)
  }
  if (b == backend::postgres) {
    if (t == "boolean") return mapped_type{"bool", family::boolean, 0};
    if (t == "smallint") return mapped_type{"std::int16_t", family::integer, 0};
    if (t == "integer") return mapped_type{"std::int32_t", family::integer, 0};
    if (t == "bigint") return mapped_type{"std::int64_t", family::integer, 0};
    if (t == "numeric(20,0)") return mapped_type{"std::uint64_t", family::integer, 0};  // ctql's uint64
    if (starts(t, "numeric(")) {
      const auto ps = precision_scale(t);
      if (!ps) return std::nullopt;
      return mapped_type{"ctql::decimal<" + std::to_string(ps->first) + ", " + std::to_string(ps->second) + ">",
                         family::decimal, 0};
    }
    if (t == "real") return mapped_type{"float", family::floating, 0};
    if (t == "double precision") return mapped_type{"double", family::floating, 0};
    if (t == "text" || t == "character varying") return mapped_type{"std::string", family::text, 0};
    if (starts(t, "character varying(") || starts(t, "character("))
      return mapped_type{"std::string", family::text, length_of(t)};
    if (t == "bytea") return mapped_type{"ctql::blob", family::blob, 0};
    if (t == "date") return mapped_type{"ctql::date", family::date, 0};
    if (starts(t, "timestamp") && t.find("with time zone") == string::npos && t.find("without") != string::npos)
      return mapped_type{"ctql::timestamp", family::timestamp, 0};
    if (starts(t, "time") && t.find("without time zone") != string::npos)
      return mapped_type{"ctql::time_of_day", family::time, 0};
    if (t == "uuid") return mapped_type{"ctql::uuid", family::uuid, 0};
    if (t == "jsonb" || t == "json") return mapped_type{"ctql::json", family::json, 0};
    return std::nullopt;
  }
  // MariaDB / MySQL: information_schema.COLUMNS.COLUMN_TYPE.
  const bool is_unsigned = t.find("unsigned") != string::npos;
  auto integer = [&](string_view bits) {
    return mapped_type{string(is_unsigned ? "std::uint" : "std::int") + string(bits) + "_t", family::integer, 0};
  };
  if (starts(t, "tinyint(1)") && !is_unsigned) return mapped_type{"bool", family::boolean, 0};
  if (starts(t, "tinyint")) return integer("8");
  if (starts(t, "smallint")) return integer("16");
  if (starts(t, "mediumint") || starts(t, "int")) return integer("32");
  if (starts(t, "bigint")) return integer("64");
  if (starts(t, "float")) return mapped_type{"float", family::floating, 0};
  if (starts(t, "double")) return mapped_type{"double", family::floating, 0};
  if (starts(t, "decimal(")) {
    const auto ps = precision_scale(t);
    if (!ps) return std::nullopt;
    return mapped_type{"ctql::decimal<" + std::to_string(ps->first) + ", " + std::to_string(ps->second) + ">",
                       family::decimal, 0};
  }
  if (t == "json" || (t == "longtext" && json_checked)) return mapped_type{"ctql::json", family::json, 0};
  if (starts(t, "varchar(") || starts(t, "char(")) return mapped_type{"std::string", family::text, length_of(t)};
  if (t == "text" || t == "tinytext" || t == "mediumtext" || t == "longtext")
    return mapped_type{"std::string", family::text, 0};
  if (t.find("blob") != string::npos || starts(t, "varbinary(") || starts(t, "binary("))
    return mapped_type{"ctql::blob", family::blob, 0};
  if (t == "date") return mapped_type{"ctql::date", family::date, 0};
  if (starts(t, "datetime") || starts(t, "timestamp")) return mapped_type{"ctql::timestamp", family::timestamp, 0};
  if (starts(t, "time")) return mapped_type{"ctql::time_of_day", family::time, 0};
  if (t == "uuid") return mapped_type{"ctql::uuid", family::uuid, 0};
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------
// Defaults: literals only.

/// A number as SQL writes it: -12, 2.5, 1e3.
bool is_number(const string& s, bool integer_only) {
  if (s.empty()) return false;
  std::size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0;
  if (i == s.size()) return false;
  bool digits = false, dot = false, exponent = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') digits = true;
    else if (c == '.' && !dot && !exponent && !integer_only) dot = true;
    else if ((c == 'e' || c == 'E') && digits && !exponent && !integer_only) {
      exponent = true;
      if (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '+')) ++i;
    } else return false;
  }
  return digits;
}

/// The text of a quoted SQL string ('it''s' -> it's; MariaDB writes 'it\'s'), or nothing if `s` is
/// not exactly one.
std::optional<string> unquote(const string& s, bool backslash_escapes) {
  if (s.size() < 2 || s.front() != '\'' || s.back() != '\'') return std::nullopt;
  string out;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (backslash_escapes && s[i] == '\\' && i + 2 < s.size()) {
      const char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '0' ? '\0' : c;
      continue;
    }
    if (s[i] == '\'') {
      if (i + 2 < s.size() && s[i + 1] == '\'') ++i;
      else return std::nullopt;
    }
    out += s[i];
  }
  return out;
}

/// `default_value<...>`'s argument for a DEFAULT text, or nothing when it is not a literal ctql takes.
std::optional<string> default_argument(backend b, const string& raw, family kind) {
  string v = raw;
  // PostgreSQL writes 'it''s'::text, '-1'::integer, 'x'::character varying.
  if (b == backend::postgres) {
    const auto cast = v.rfind("::");
    if (cast != string::npos && v.find('\'', cast) == string::npos) v = v.substr(0, cast);
  }
  while (v.size() > 2 && v.front() == '(' && v.back() == ')') v = v.substr(1, v.size() - 2);
  std::optional<string> quoted = unquote(v, b == backend::mariadb || b == backend::mysql);
  if (b == backend::mysql && !quoted && kind == family::text) quoted = v;  // MySQL 8 does not quote
  switch (kind) {
    case family::boolean: {
      const string l = lower(quoted.value_or(v));
      if (l == "true" || l == "1") return "true";
      if (l == "false" || l == "0") return "false";
      return std::nullopt;
    }
    case family::integer: {
      string n = quoted.value_or(v);
      const string l = lower(n);
      if (l == "true") return "1";  // a bool's default on SQLite, where it is an INTEGER
      if (l == "false") return "0";
      if (!is_number(n, true)) return std::nullopt;
      if (n[0] == '+') n.erase(0, 1);
      return n;
    }
    case family::floating: {
      string n = quoted.value_or(v);
      if (!is_number(n, false)) return std::nullopt;
      if (n[0] == '+') n.erase(0, 1);
      if (n.find_first_of(".eE") == string::npos) n += ".0";
      return n;
    }
    case family::text:
      if (!quoted) return std::nullopt;
      return cpp_string(*quoted);
    default:
      return std::nullopt;  // ctql takes no default_value for dates, blobs, uuids, decimals, JSON
  }
}

// ---------------------------------------------------------------------------------------------------
// The header.

struct column_out {
  string sql, member, type_text;
  mapped_type type;
  bool nullable = true, primary = false, unique = false;
  std::optional<string> default_arg;
  string default_comment;                              // a default that is not generated
  std::optional<std::pair<string, string>> reference;  // target table, column
};

struct table_out {
  string sql, object, type;  // "select", select_, select_t
  ctql::table_shape shape;
  extra_facts extra;
  vector<column_out> columns;
  vector<string> options;   // ctql::options(...) items, in text
  vector<string> comments;  // what was not generated
};

string member_of(const vector<table_out>& tables, const string& table, const string& column) {
  for (const table_out& t : tables)
    if (t.sql == table)
      for (const column_out& c : t.columns)
        if (c.sql == column) return c.member;
  return {};
}
const table_out* find_table(const vector<table_out>& tables, const string& name) {
  for (const table_out& t : tables)
    if (t.sql == name) return &t;
  return nullptr;
}

/// The tables in an order where each comes after the tables it references (then by name); tables
/// in a cycle keep name order, and their references become foreign_key options.
vector<table_out> ordered(vector<table_out> tables) {
  std::sort(tables.begin(), tables.end(), [](const table_out& a, const table_out& b) { return a.sql < b.sql; });
  vector<table_out> out;
  std::set<string> placed;
  while (!tables.empty()) {
    auto ready = std::find_if(tables.begin(), tables.end(), [&](const table_out& t) {
      return std::all_of(t.shape.foreign_keys.begin(), t.shape.foreign_keys.end(), [&](const ctql::foreign_key_shape& f) {
        return f.table == t.sql || placed.contains(f.table) ||
               std::none_of(tables.begin(), tables.end(), [&](const table_out& o) { return o.sql == f.table; });
      });
    });
    if (ready == tables.end()) ready = tables.begin();  // a cycle
    placed.insert(ready->sql);
    out.push_back(std::move(*ready));
    tables.erase(ready);
  }
  return out;
}

string column_list(const string& object, const table_out& t, const vector<string>& columns) {
  string s;
  for (const string& c : columns) {
    if (!s.empty()) s += ", ";
    s += object + "." + member_of({t}, t.sql, c);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------
// CHECKs: ctql::check<"name">(...) where the condition is in check<>'s subset, else a comment saying why.

/// The CHECKs ctql's own create_table writes on SQLite for a column's type (max_length, a uuid's 16
/// bytes, a decimal's digits, valid JSON): they come back with the type, not as options.
bool ctql_type_check_on_sqlite(const check_condition::sqlite_check& c) {
  if (!c.name.empty() || c.column.empty()) return false;
  string text;
  for (char ch : lower(c.condition))
    if (ch != ' ') text += ch;
  const string q = "\"" + lower(c.column) + "\"";
  auto digits_after = [&](const string& head) {
    return starts(text, head) && text.size() > head.size() &&
           std::all_of(text.begin() + static_cast<std::ptrdiff_t>(head.size()), text.end(), [](char d) { return d >= '0' && d <= '9'; });
  };
  if (digits_after("length(" + q + ")<=") || text == "length(" + q + ")=16") return true;
  if (text == "json_valid(" + q + ")" || text == q + "isnullorjson_valid(" + q + ")") return true;
  const auto between = text.find("and");
  return starts(text, q + "between-") && between != string::npos && text.substr(q.size() + 8, between - q.size() - 8) == text.substr(between + 3);
}

void write_checks(backend b, table_out& t, const string& prefix) {
  struct pending {
    string name, text, note;
  };
  vector<pending> checks;
  std::set<string> names;
  for (const auto& c : t.extra.checks) names.insert(c.first);
  for (const auto& c : t.extra.sqlite_checks) names.insert(c.name);
  for (const auto& check : t.extra.checks) {
    const string& name = check.first;  // not a structured binding: clang 14 cannot capture one
    string condition = check.second;
    // MariaDB keeps a JSON column as LONGTEXT with CHECK (json_valid(`c`)) named after it.
    const bool json = b == backend::mariadb && lower(condition) == "json_valid(`" + lower(name) + "`)" &&
                      std::any_of(t.columns.begin(), t.columns.end(),
                                  [&](const column_out& c) { return c.sql == name && c.type.kind == family::json; });
    if (json) continue;
    if (b == backend::postgres && starts(condition, "CHECK ")) condition = condition.substr(6);
    checks.push_back({name, condition, ""});
  }
  for (const auto& c : t.extra.sqlite_checks) {
    if (ctql_type_check_on_sqlite(c)) continue;
    string name = c.name, note;
    if (name.empty()) {
      // Unnamed (a column's CHECK): named as PostgreSQL names one, users_age_check.
      const string stem = t.sql + (c.column.empty() ? "" : "_" + c.column) + "_check";
      name = stem;
      for (int n = 1; names.contains(name); ++n) name = stem + std::to_string(n);
      names.insert(name);
      note = "CHECK (" + one_line(c.condition) + ") has no name in the database: named " + name + " here";
    }
    checks.push_back({name, c.condition, note});
  }
  std::sort(checks.begin(), checks.end(), [](const pending& x, const pending& y) { return x.name < y.name; });
  const string object = prefix + t.object;
  auto column_of = [&](const string& sql) -> std::optional<check_condition::column_ref> {
    auto found = std::find_if(t.columns.begin(), t.columns.end(), [&](const column_out& c) { return c.sql == sql; });
    // SQLite and MariaDB compare column names without case.
    if (found == t.columns.end() && b != backend::postgres)
      found = std::find_if(t.columns.begin(), t.columns.end(), [&](const column_out& c) { return lower(c.sql) == lower(sql); });
    if (found == t.columns.end()) return std::nullopt;
    using check_condition::kind;
    const kind k = found->type.kind == family::boolean    ? kind::boolean
                   : found->type.kind == family::integer  ? kind::integer
                   : found->type.kind == family::floating ? kind::floating
                   : found->type.kind == family::text     ? kind::text
                                                          : kind::other;
    return check_condition::column_ref{object + "." + found->member, k, found->type.cpp};
  };
  for (const pending& c : checks) {
    string reason;
    std::optional<string> code;
    if (c.name.size() > ctql::max_identifier_length) {
      reason = "its name is longer than 63 bytes, which ctql refuses";
    } else if (b == backend::postgres && lower(c.text).ends_with(" not valid")) {
      reason = "it is NOT VALID (not checked on the rows already there), which ctql does not write";
    } else if (b == backend::postgres && lower(c.text).ends_with(" no inherit")) {
      reason = "it is NO INHERIT, which ctql does not write";
    } else {
      const auto r = check_condition::write(c.text, b == backend::mariadb || b == backend::mysql, b == backend::sqlite, column_of);
      code = r.code;
      reason = r.reason;
    }
    if (code) {
      if (!c.note.empty()) t.comments.push_back(c.note);
      t.options.push_back("ctql::check<" + cpp_string(c.name) + ">(" + *code + ")");
    } else {
      t.comments.push_back("CHECK " + c.name + ": " + one_line(c.text) + " -- not generated: " + reason +
                           "; write it as ctql::check<" + cpp_string(c.name) + ">(...) if ctql can express it");
    }
  }
}

template <class Db>
string generate(Db& db, backend b, const vector<string>& wanted, const string& ns) {
  using catalog = ctql::catalog_for<typename Db::dialect>;
  const vector<string> live = catalog::table_names(db);
  vector<string> names;
  if (wanted.empty()) {
    names = live;
  } else {
    for (const string& w : wanted) {
      if (std::find(live.begin(), live.end(), w) == live.end()) throw failure{"no table named '" + w + "' in the database"};
      if (std::find(names.begin(), names.end(), w) == names.end()) names.push_back(w);
    }
  }

  vector<table_out> tables;
  std::set<string> taken_objects;
  for (const string& name : names) {
    table_out t;
    t.sql = name;
    t.object = cpp_name(name, taken_objects, true);
    // select_ -> select_t (not select__t: a double underscore is the implementation's).
    t.type = (t.object.back() == '_' ? t.object.substr(0, t.object.size() - 1) : t.object) + "_t";
    t.shape = catalog::read_table(db, name);
    t.extra = read_extra(db, b, name);
    tables.push_back(std::move(t));
  }
  tables = ordered(std::move(tables));

  // Columns.
  for (table_out& t : tables) {
    std::set<string> taken;
    // MariaDB keeps a JSON column as LONGTEXT with CHECK (json_valid(`c`)) named after it.
    auto json_check = [&](const string& column) {
      return std::any_of(t.extra.checks.begin(), t.extra.checks.end(), [&](const auto& c) {
        return c.first == column && lower(c.second) == "json_valid(`" + lower(column) + "`)";
      });
    };
    for (const ctql::column_shape& c : t.shape.columns) {
      const bool json = b == backend::mariadb && json_check(c.name);
      const auto type = map_type(b, c.type, json);
      if (!type)
        throw failure{"table '" + t.sql + "', column '" + c.name + "': ctql has no C++ type for the " +
                      (b == backend::sqlite ? "SQLite" : b == backend::postgres ? "PostgreSQL" : "MySQL/MariaDB") +
                      " type '" + c.type + "'" +
                      (b == backend::sqlite && (lower(c.type).find("num") != string::npos || lower(c.type).find("dec") != string::npos)
                           ? " (SQLite keeps NUMERIC and DECIMAL as REAL or INTEGER: declare it REAL, INTEGER or TEXT)"
                           : "") +
                      "; nothing was written"};
      column_out o;
      o.sql = c.name;
      o.member = cpp_name(c.name, taken);
      o.type = *type;
      o.primary = std::find(t.shape.primary_key.begin(), t.shape.primary_key.end(), c.name) != t.shape.primary_key.end();
      o.nullable = c.nullable && !o.primary;
      if (const auto d = t.extra.defaults.find(c.name); d != t.extra.defaults.end() && d->second &&
                                                        !(b != backend::postgres && lower(*d->second) == "null")) {
        o.default_arg = default_argument(b, *d->second, type->kind);
        if (!o.default_arg) o.default_comment = "DEFAULT " + one_line(*d->second) + " is not a literal ctql writes";
      }
      t.columns.push_back(std::move(o));
    }
    if (t.shape.primary_key.size() > 1) {
      // ctql writes PRIMARY KEY (...) in the columns' order.
      vector<string> in_order;
      for (const column_out& c : t.columns)
        if (c.primary) in_order.push_back(c.sql);
      if (in_order != t.shape.primary_key)
        t.comments.push_back("the primary key's column order (" + ctql::detail::column_list(t.shape.primary_key) +
                             ") is not the columns' order: ctql writes them in the columns' order");
    }
  }

  // Keys, indexes, foreign keys: once every member name is known. Options name columns through the
  // namespace (they are written after it): ns::orders.region.
  const string prefix = ns.empty() ? "" : ns + "::";
  std::set<string> emitted;
  for (table_out& t : tables) {
    auto column = [&t](const string& name) -> column_out& {
      return *std::find_if(t.columns.begin(), t.columns.end(), [&](const column_out& c) { return c.sql == name; });
    };
    vector<ctql::index_shape> indexes = t.shape.indexes;
    std::sort(indexes.begin(), indexes.end(), [](const auto& a, const auto& x) {
      return std::tie(a.name, a.columns) < std::tie(x.name, x.columns);
    });
    for (const ctql::index_shape& i : indexes) {
      if (std::find(t.shape.implicit_indexes.begin(), t.shape.implicit_indexes.end(), i.name) != t.shape.implicit_indexes.end())
        continue;
      const bool expression = std::any_of(i.columns.begin(), i.columns.end(), [&](const string& c) {
        return std::none_of(t.columns.begin(), t.columns.end(), [&](const column_out& o) { return o.sql == c; });
      });
      if (expression) {
        t.comments.push_back("index " + i.name + " is over an expression: not generated");
        continue;
      }
      string together = t.sql;
      for (const string& c : i.columns) together += "_" + c;
      together += "_key";
      if (i.unique && i.columns.size() == 1 &&
          (i.name.empty() || i.name == together || (b != backend::sqlite && b != backend::postgres && i.name == i.columns[0]))) {
        column(i.columns[0]).unique = true;
      } else if (i.unique && (i.name.empty() || i.name == together)) {
        t.options.push_back("ctql::unique_together(" + column_list(prefix + t.object, t, i.columns) + ")");
      } else if (i.unique && t.extra.unique_constraints.contains(i.name)) {
        t.options.push_back("ctql::unique_together<" + cpp_string(i.name) + ">(" + column_list(prefix + t.object, t, i.columns) + ")");
      } else {
        t.options.push_back(string(i.unique ? "ctql::unique_index<" : "ctql::index<") + cpp_string(i.name) + ">(" +
                            column_list(prefix + t.object, t, i.columns) + ")");
      }
    }
    vector<ctql::foreign_key_shape> keys = t.shape.foreign_keys;
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& x) {
      return std::tie(a.columns, a.table, a.targets) < std::tie(x.columns, x.table, x.targets);
    });
    for (const ctql::foreign_key_shape& f : keys) {
      const table_out* target = find_table(tables, f.table);
      if (!target) {
        t.comments.push_back("foreign key " + ctql::detail::describe_foreign_key(f) + ": table " + f.table +
                             " is not generated (add --table " + f.table + ")");
        continue;
      }
      // A column references<> a table declared before it; a self-reference or a cycle is an option.
      if (f.columns.size() == 1 && emitted.contains(f.table) && !column(f.columns[0]).reference) {
        column(f.columns[0]).reference = std::pair{f.table, f.targets[0]};
        continue;
      }
      string targets;
      for (const string& c : f.targets) targets += (targets.empty() ? "" : ", ") + prefix + target->object + "." + member_of(tables, f.table, c);
      t.options.push_back("ctql::foreign_key(" + column_list(prefix + t.object, t, f.columns) + ").references(" + targets + ")");
    }
    write_checks(b, t, prefix);
    emitted.insert(t.sql);
  }

  // The text.
  bool value_types = false, optional = false;
  for (const table_out& t : tables)
    for (const column_out& c : t.columns) {
      value_types = value_types || c.type.kind == family::uuid || c.type.kind == family::decimal ||
                    c.type.kind == family::json || c.type.kind == family::time;
      optional = optional || c.nullable;
    }
  std::ostringstream out;
  out << "// The table types of a " << (b == backend::sqlite ? "SQLite" : b == backend::postgres ? "PostgreSQL" : b == backend::mariadb ? "MariaDB" : "MySQL")
      << " database, written by ctql-gen.\n"
      << "// Generate it again rather than edit it; `ctql-gen --check` says whether it still matches.\n"
      << "#pragma once\n"
      << "#include <cstdint>\n";
  if (optional) out << "#include <optional>\n";
  out << "#include <string>\n\n#include <ctql/ctql.hpp>\n";
  if (value_types) out << "#include <ctql/value_types.hpp>\n";
  out << "\n";
  if (!ns.empty()) out << "namespace " << ns << " {\n\n";
  for (const table_out& t : tables) {
    for (const string& c : t.comments) out << "// " << t.sql << ": " << c << "\n";
    out << "struct " << t.type << " : ctql::table<" << t.type << ", " << cpp_string(t.sql) << "> {\n";
    for (const column_out& c : t.columns) {
      if (!c.default_comment.empty()) out << "  // " << c.sql << ": " << c.default_comment << "\n";
      string type = c.type.cpp;
      if (c.nullable) type = "std::optional<" + type + ">";
      out << "  column<" << cpp_string(c.sql) << ", " << type;
      if (c.primary) out << ", ctql::primary_key";
      if (c.unique) out << ", ctql::unique";
      if (c.type.max_length) out << ", ctql::max_length<" << c.type.max_length << ">";
      if (c.default_arg) out << ", ctql::default_value<" << *c.default_arg << ">";
      if (c.reference) {
        const table_out* target = find_table(tables, c.reference->first);
        out << ", ctql::references<&" << target->type << "::" << member_of(tables, c.reference->first, c.reference->second) << ">";
      }
      out << "> " << c.member << ";\n";
    }
    out << "};\ninline constexpr " << t.type << " " << t.object << "{};\n\n";
  }
  if (!ns.empty()) out << "}  // namespace " << ns << "\n\n";
  for (const table_out& t : tables) {
    if (t.options.empty()) continue;
    out << "template <>\ninline constexpr auto ctql::table_options<" << prefix << t.type << "> = ctql::options(";
    for (std::size_t i = 0; i < t.options.size(); ++i) {
      const string& item = t.options[i];
      out << (i ? ",\n    " : "\n    ") << item;
    }
    out << ");\n\n";
  }
  string text = out.str();
  while (text.size() > 1 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
  return text;
}

// ---------------------------------------------------------------------------------------------------
// --check: the differing lines.

vector<string> lines_of(const string& text) {
  vector<string> lines;
  std::istringstream in(text);
  for (string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// A line diff (longest common subsequence): ` ` same, `-` only in the file, `+` only in the database's.
string difference(const string& file_text, const string& database_text) {
  const vector<string> a = lines_of(file_text), d = lines_of(database_text);
  const std::size_t n = a.size(), m = d.size();
  vector<vector<std::uint32_t>> common(n + 1, vector<std::uint32_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      common[i][j] = a[i] == d[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
  string out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == d[j]) {
      ++i, ++j;
    } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
      out += "+" + d[j] + "\n";
      ++j;
    } else {
      out += "-" + a[i] + "\n";
      ++i;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

const char* usage =
    "usage: ctql-gen --url URL [--table NAME...] [--namespace NS] [--output FILE | --check FILE]\n"
    "  URL: sqlite:///path/to/file.db, mysql://user:pw@host:port/db, mariadb://..., postgresql://...\n"
    "  writes the table types of the database on stdout (--output: to FILE, only if it succeeds);\n"
    "  --check FILE exits 1 and prints the differing lines (- the file, + the database) when FILE is\n"
    "  not what it would write, 0 when it is. A column type ctql has no C++ type for is an error (exit 2).\n"
    "  A CHECK is written as ctql::check<\"name\">(...) when ctql can say it, else as a comment with the reason.\n";

struct arguments {
  string url, ns, check, output;
  vector<string> tables;
};

arguments parse(int argc, char** argv) {
  arguments a;
  for (int i = 1; i < argc; ++i) {
    const string_view arg = argv[i];
    auto value = [&]() -> string {
      if (i + 1 >= argc) throw failure{string(arg) + " needs a value\n" + usage};
      return argv[++i];
    };
    if (arg == "--url") a.url = value();
    else if (arg == "--table") a.tables.push_back(value());
    else if (arg == "--namespace") a.ns = value();
    else if (arg == "--check") a.check = value();
    else if (arg == "--output") a.output = value();
    else if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      std::exit(0);
    } else throw failure{"unknown argument '" + string(arg) + "'\n" + usage};
  }
  if (a.url.empty()) throw failure{string("--url is required\n") + usage};
  if (!a.output.empty() && !a.check.empty()) throw failure{"--output and --check do not go together"};
  if (!a.ns.empty()) {
    std::set<string> none;
    for (std::size_t at = 0;;) {
      const auto next = a.ns.find("::", at);
      const string part = a.ns.substr(at, next == string::npos ? string::npos : next - at);
      if (cpp_name(part, none) != part) throw failure{"--namespace " + a.ns + " is not a C++ namespace name"};
      if (next == string::npos) break;
      at = next + 2;
    }
  }
  return a;
}

string generate_for(const arguments& a) {
  const string& url = a.url;
  if (url.starts_with("sqlite:///")) {
    const string path = url.substr(10);
    // sqlite3_open would make an empty database of a mistyped path, and ctql-gen would write nothing.
    if (!std::filesystem::exists(path)) throw failure{"no SQLite database at '" + path + "'"};
    auto db = ctql::sqlite::connect(path);
    return generate(db, backend::sqlite, a.tables, a.ns);
  }
  if (url.starts_with("mariadb://")) {
    auto db = ctql::mariadb::connect(url);
    return generate(db, backend::mariadb, a.tables, a.ns);
  }
  if (url.starts_with("mysql://")) {
    // The same scheme serves both servers; each connect refuses the other's.
    std::optional<ctql::mariadb::connection> maria;
    string first_error;
    try {
      maria.emplace(ctql::mariadb::connect(url));
    } catch (const ctql::error& e) {
      first_error = e.what();
    }
    if (maria) return generate(*maria, backend::mariadb, a.tables, a.ns);
    try {
      auto db = ctql::mysql::connect(url);
      return generate(db, backend::mysql, a.tables, a.ns);
    } catch (const ctql::error& e) {
      throw failure{string(e.what()) + "\n(as MariaDB: " + first_error + ")"};
    }
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    auto db = ctql::postgres::connect(url);
    return generate(db, backend::postgres, a.tables, a.ns);
  }
  throw failure{"--url takes sqlite:///path, mysql://, mariadb:// or postgresql:// URLs, not '" +
                url.substr(0, url.find("://")) + "://...'"};
}

}  // namespace gen

int main(int argc, char** argv) {
  try {
    const gen::arguments a = gen::parse(argc, argv);
    const std::string text = gen::generate_for(a);
    if (!a.output.empty()) {
      std::ofstream file(a.output, std::ios::binary | std::ios::trunc);
      if (!(file << text) || !file.flush()) throw gen::failure{"cannot write " + a.output};
      return 0;
    }
    if (a.check.empty()) {
      std::cout << text;
      return std::cout.flush() ? 0 : 2;
    }
    std::ifstream file(a.check, std::ios::binary);
    if (!file) throw gen::failure{"cannot read " + a.check};
    std::ostringstream contents;
    contents << file.rdbuf();
    if (contents.str() == text) return 0;
    std::cout << "--- " << a.check << "\n+++ the database\n" << gen::difference(contents.str(), text);
    std::cerr << "ctql-gen: " << a.check << " differs from the database: generate it again\n";
    return 1;
  } catch (const gen::failure& f) {
    std::cerr << "ctql-gen: " << f.message << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ctql-gen: " << e.what() << "\n";
    return 2;
  }
}
