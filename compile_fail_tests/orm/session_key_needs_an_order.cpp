// Rule: a session's identity map orders primary keys: by the key type's operator<, or by a value_traits type's stored value.
// CTQL-EXPECT-ERROR: ctql: a session keeps its objects by primary key in an ordered map, and this key type has no operator<
// CTQL-FIX: Give the key type an operator< (a strong id over an integer or a uuid needs none: it is ordered by its stored value).
#include <string>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

namespace app {
// A key stored as JSON text: ctql::sql_json has no order, and the type gives none either.
struct doc_key {
  std::string text;
  friend bool operator==(const doc_key&, const doc_key&) = default;
};
}  // namespace app
using app::doc_key;

template <>
struct ctql::value_traits<doc_key> {
  using stored_type = ctql::sql_json;
  static ctql::sql_json to_stored(const doc_key& k) { return {k.text}; }
  static doc_key from_stored(const ctql::sql_json& j) { return {j.text}; }
};

namespace {
struct docs_t : ctql::table<docs_t, "docs"> {
  column<"key", doc_key, ctql::primary_key> key;
  column<"n", int> n;
};
struct Doc {
  using table = docs_t;
  doc_key key{};
  int n = 0;
};
}  // namespace

void session_key_needs_an_order(ctql::sqlite::connection& db) {
  auto s = ctql::session(db);
#ifdef CTQL_COMPILE_FAIL
  (void)s.get<Doc>(doc_key{"{}"});
#endif
}
