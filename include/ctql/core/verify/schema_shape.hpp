#pragma once
// What ctql::verify_schema compares: the shape of a table, read from the live database (each
// connector's catalog.hpp) or made from the compiled types (verify/expected_shape.hpp), and the
// comparison of the two, shared by every connector. Nothing here depends on a type or a dialect.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctql {

/// What kind of value a column holds, as far as every database can tell.
enum class type_family { boolean, integer, floating, text, blob, date, timestamp, time, other };

/// A column as the database declares it.
struct column_shape {
  std::string name;
  std::string type;  // as declared (SQLite), COLUMN_TYPE (MySQL), format_type (PostgreSQL)
  bool nullable = true;
};
/// A foreign key: columns -> table (targets).
struct foreign_key_shape {
  std::vector<std::string> columns;
  std::string table;
  std::vector<std::string> targets;
};
/// An index or unique constraint with its columns, in index order.
struct index_shape {
  std::string name;
  bool unique = false;
  std::vector<std::string> columns;
};
/// A table: its columns in order, its keys, indexes and CHECK constraint names.
struct table_shape {
  std::string name;
  std::vector<column_shape> columns;
  std::vector<std::string> primary_key;          // in key order
  std::vector<index_shape> indexes;              // unique constraints and indexes, but the primary key
  std::vector<foreign_key_shape> foreign_keys;
  std::vector<std::string> checks;               // names
  bool checks_known = true;                      // false where the catalog has no CHECK names (SQLite)
  /// Index names that exist only to serve a foreign key (MySQL makes one): not reported as extra.
  std::vector<std::string> implicit_indexes;

  // The catalogs list an index or foreign key one column per row, the rows of one key together
  // and in key order; each row goes through one of these.
  /// A row of index `index_name`: a new index when the name changes.
  void add_index_column(const std::string& index_name, bool unique, std::string column) {
    if (indexes.empty() || indexes.back().name != index_name) indexes.push_back({index_name, unique, {}});
    indexes.back().columns.push_back(std::move(column));
  }
  /// A row of a foreign key; `starts_key`: the row begins another key than the row before.
  void add_foreign_key_column(bool starts_key, const std::string& target_table, std::string column,
                              std::string target_column) {
    if (foreign_keys.empty() || starts_key) foreign_keys.push_back({{}, target_table, {}});
    foreign_keys.back().columns.push_back(std::move(column));
    foreign_keys.back().targets.push_back(std::move(target_column));
  }
};

/// One difference between the compiled types and the live database.
struct schema_difference {
  enum class kind {
    missing_table,   // a table type with no table in the database
    extra_table,     // a table in the database with no table type given
    missing_column,
    extra_column,
    type,            // type family
    max_length,
    nullability,
    primary_key,
    unique,          // a unique constraint (one column or several) on one side only
    foreign_key,
    index,           // a named index missing, extra or different
    check            // a named CHECK constraint missing or extra
  };
  kind what;
  std::string table;
  std::string column;    // the column, or the constraint's or index's name; empty for a table
  std::string expected;  // what the compiled types say
  std::string found;     // what the database has
  /// `users.age: type: expected INTEGER (integer), found TEXT (text)`
  std::string describe() const;
};

/// The name of a kind of difference: "missing table", "type", ...
inline std::string_view kind_name(schema_difference::kind k) {
  using enum schema_difference::kind;
  switch (k) {
    case missing_table: return "missing table";
    case extra_table: return "extra table";
    case missing_column: return "missing column";
    case extra_column: return "extra column";
    case type: return "type";
    case max_length: return "max_length";
    case nullability: return "nullability";
    case primary_key: return "primary key";
    case unique: return "unique";
    case foreign_key: return "foreign key";
    case index: return "index";
    case check: return "check";
  }
  return "?";
}

inline std::string schema_difference::describe() const {
  std::string s = table;
  if (!column.empty()) s += "." + column;
  s += ": ";
  s += kind_name(what);
  s += ": expected " + (expected.empty() ? std::string("none") : expected) + ", found " +
       (found.empty() ? std::string("none") : found);
  return s;
}

namespace detail {
inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}
}  // namespace detail

/// A declared type's family and length (0: none), as each database spells it:
/// `VARCHAR(50)` / `character varying(50)` -> text, 50; `tinyint(1)` (MySQL's BOOLEAN) -> boolean.
inline std::pair<type_family, std::size_t> parse_column_type(std::string_view declared) {
  const std::string t = detail::lowercase(declared);
  auto has = [&t](std::string_view part) { return t.find(part) != std::string::npos; };
  auto starts = [&t](std::string_view part) { return t.rfind(part, 0) == 0; };
  auto length = [&t]() -> std::size_t {
    const auto open = t.find('(');
    if (open == std::string::npos) return 0;
    std::size_t n = 0;
    for (std::size_t i = open + 1; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) n = n * 10 + std::size_t(t[i] - '0');
    return n;
  };
  if (starts("tinyint(1)") || starts("bool")) return {type_family::boolean, 0};
  if (has("char")) return {type_family::text, length()};
  if (has("text") || has("clob")) return {type_family::text, 0};
  if (has("blob") || has("bytea") || has("binary")) return {type_family::blob, 0};
  if (starts("timestamp") || starts("datetime")) return {type_family::timestamp, 0};
  if (starts("date")) return {type_family::date, 0};
  if (starts("time")) return {type_family::time, 0};
  if (has("real") || has("floa") || has("doub")) return {type_family::floating, 0};
  if (has("int") || starts("numeric(20") || starts("decimal(20")) return {type_family::integer, 0};
  return {type_family::other, 0};
}

inline std::string_view family_name(type_family f) {
  switch (f) {
    case type_family::boolean: return "boolean";
    case type_family::integer: return "integer";
    case type_family::floating: return "floating";
    case type_family::text: return "text";
    case type_family::blob: return "blob";
    case type_family::date: return "date";
    case type_family::timestamp: return "timestamp";
    case type_family::time: return "time";
    case type_family::other: return "other";
  }
  return "?";
}

namespace detail {
inline std::string column_list(const std::vector<std::string>& columns) {
  std::string s = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) s += (i ? ", " : "") + columns[i];
  return s + ")";
}
inline std::string describe_foreign_key(const foreign_key_shape& k) {
  return column_list(k.columns) + " -> " + k.table + column_list(k.targets);
}
inline std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}
inline bool same_foreign_key(const foreign_key_shape& a, const foreign_key_shape& b) {
  return a.columns == b.columns && a.table == b.table && a.targets == b.targets;
}
template <class T, class Pred>
bool any_of(const std::vector<T>& v, Pred p) {
  return std::any_of(v.begin(), v.end(), p);
}
inline bool named_in(const std::vector<index_shape>& v, const std::string& name) {
  return any_of(v, [&](const index_shape& i) { return i.name == name; });
}
inline bool contains_name(const std::vector<std::string>& v, const std::string& name) {
  return std::find(v.begin(), v.end(), name) != v.end();
}
}  // namespace detail

/// The differences between one expected table and the live one (same name).
/// Unique constraints are compared by their column sets; named indexes (index<> and
/// unique_index<>, whose names ctql gives) by name, uniqueness and columns.
inline void compare_table(const table_shape& want, const table_shape& have, std::vector<schema_difference>& out) {
  using k = schema_difference::kind;
  const std::string& t = want.name;
  for (const column_shape& c : want.columns) {
    auto it = std::find_if(have.columns.begin(), have.columns.end(), [&](const column_shape& h) { return h.name == c.name; });
    if (it == have.columns.end()) {
      out.push_back({k::missing_column, t, c.name, c.type, ""});
      continue;
    }
    const auto [want_family, want_length] = parse_column_type(c.type);
    const auto [have_family, have_length] = parse_column_type(it->type);
    if (want_family != have_family)
      out.push_back({k::type, t, c.name, c.type + " (" + std::string(family_name(want_family)) + ")",
                     it->type + " (" + std::string(family_name(have_family)) + ")"});
    else if (want_length != have_length)
      out.push_back({k::max_length, t, c.name, want_length ? std::to_string(want_length) : "",
                     have_length ? std::to_string(have_length) : ""});
    if (c.nullable != it->nullable)
      out.push_back({k::nullability, t, c.name, c.nullable ? "NULL" : "NOT NULL", it->nullable ? "NULL" : "NOT NULL"});
  }
  for (const column_shape& h : have.columns)
    if (!detail::any_of(want.columns, [&](const column_shape& c) { return c.name == h.name; }))
      out.push_back({k::extra_column, t, h.name, "", h.type});
  if (want.primary_key != have.primary_key)
    out.push_back({k::primary_key, t, "", want.primary_key.empty() ? "" : detail::column_list(want.primary_key),
                   have.primary_key.empty() ? "" : detail::column_list(have.primary_key)});

  // Named indexes: by name.
  std::vector<std::string> named;
  for (const index_shape& i : want.indexes) {
    if (i.name.empty()) continue;
    named.push_back(i.name);
    auto it = std::find_if(have.indexes.begin(), have.indexes.end(), [&](const index_shape& h) { return h.name == i.name; });
    auto text = [](const index_shape& x) { return std::string(x.unique ? "UNIQUE " : "") + detail::column_list(x.columns); };
    if (it == have.indexes.end()) out.push_back({k::index, t, i.name, text(i), ""});
    else if (it->unique != i.unique || it->columns != i.columns) out.push_back({k::index, t, i.name, text(i), text(*it)});
  }
  // Unique constraints: by their column sets (their names are the database's).
  auto unnamed_unique = [&named](const index_shape& x) { return x.unique && !detail::contains_name(named, x.name); };
  for (const index_shape& i : want.indexes) {
    if (!i.name.empty() || !i.unique) continue;
    const auto cols = detail::sorted(i.columns);
    if (!detail::any_of(have.indexes, [&](const index_shape& h) { return unnamed_unique(h) && detail::sorted(h.columns) == cols; }))
      out.push_back({k::unique, t, i.columns.size() == 1 ? i.columns[0] : "", "UNIQUE " + detail::column_list(i.columns), ""});
  }
  for (const index_shape& h : have.indexes) {
    if (detail::contains_name(named, h.name) || detail::contains_name(have.implicit_indexes, h.name)) continue;
    if (h.unique) {
      const auto cols = detail::sorted(h.columns);
      if (!detail::any_of(want.indexes, [&](const index_shape& i) { return i.name.empty() && i.unique && detail::sorted(i.columns) == cols; }))
        out.push_back({k::unique, t, h.columns.size() == 1 ? h.columns[0] : "", "", "UNIQUE " + detail::column_list(h.columns)});
    } else {
      out.push_back({k::index, t, h.name, "", detail::column_list(h.columns)});
    }
  }

  for (const foreign_key_shape& f : want.foreign_keys)
    if (!detail::any_of(have.foreign_keys, [&](const foreign_key_shape& h) { return detail::same_foreign_key(f, h); }))
      out.push_back({k::foreign_key, t, f.columns.size() == 1 ? f.columns[0] : "", detail::describe_foreign_key(f), ""});
  for (const foreign_key_shape& h : have.foreign_keys)
    if (!detail::any_of(want.foreign_keys, [&](const foreign_key_shape& f) { return detail::same_foreign_key(f, h); }))
      out.push_back({k::foreign_key, t, h.columns.size() == 1 ? h.columns[0] : "", "", detail::describe_foreign_key(h)});

  if (have.checks_known) {
    for (const std::string& c : want.checks)
      if (!detail::contains_name(have.checks, c)) out.push_back({k::check, t, c, "CHECK " + c, ""});
    for (const std::string& c : have.checks)
      if (!detail::contains_name(want.checks, c)) out.push_back({k::check, t, c, "", "CHECK " + c});
  }
}

/// Every difference between the expected tables and the live database's (`live_tables`: the names
/// of every table it has; `read`: reads one live table).
template <class Read>
std::vector<schema_difference> compare_schema(const std::vector<table_shape>& expected,
                                              const std::vector<std::string>& live_tables, Read read) {
  std::vector<schema_difference> out;
  for (const table_shape& want : expected) {
    if (!detail::contains_name(live_tables, want.name)) {
      out.push_back({schema_difference::kind::missing_table, want.name, "", "table " + want.name, ""});
      continue;
    }
    compare_table(want, read(want.name), out);
  }
  for (const std::string& name : live_tables)
    if (!detail::any_of(expected, [&](const table_shape& t) { return t.name == name; }))
      out.push_back({schema_difference::kind::extra_table, name, "", "", "table " + name});
  return out;
}

}  // namespace ctql
