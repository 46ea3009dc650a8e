#pragma once
// ctql::sql<Dialect>(statement): the SQL text, a constant expression for every statement whose
// shape is fixed at compile time. ctql::runtime_sql for those with in(range) / values(range), and
// for the variant a statement with maybe()/dynamic()/one_of() will run; ctql::sql<Dialect, V>(q)
// is the text of its variant V, a constant expression (expr/dynamic.hpp).
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctql/core/check.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/query/statement.hpp"
#include "ctql/core/render/context.hpp"
#include "ctql/core/render/dialect.hpp"
#include "ctql/core/render/sql_text.hpp"

namespace ctql {

/// Whether statement type Q has one SQL text, fixed at compile time: no runtime-sized part
/// (in(range), values(range)) and no variants (maybe(), dynamic(), one_of()).
template <class Q>
inline constexpr bool has_fixed_sql = !Q::is_dynamic && variants_of<Q> == 1;

namespace detail {
template <class D, class Q, std::size_t Variant = 0>
constexpr auto render_static_text() {
  constexpr std::size_t length = [] {
    length_sink sink;
    render_context<D, length_sink> ctx{sink};
    ctx.variant = Variant;
    Q::render(ctx);
    return sink.length;
  }();
  static_text<length> text;
  render_context<D, static_text<length>> ctx{text};
  ctx.variant = Variant;
  Q::render(ctx);
  return text;
}
/// The text lives in a variable template, so a string_view to it is a constant expression.
template <class D, class Q, std::size_t Variant = 0>
inline constexpr auto static_sql_text = render_static_text<D, Q, Variant>();

/// The SQL of Q whose runtime-sized parts (in(range), values(range)) have these sizes, in
/// render order.
template <class D, class Q>
std::string render_with_sizes(std::span<const std::size_t> sizes, std::size_t variant = 0) {
  std::string out;
  string_sink sink{&out};
  render_context<D, string_sink, true> ctx{sink, 1, sizes};
  ctx.variant = variant;
  Q::render(ctx);
  return out;
}
/// The SQL of a values(range) insert Q for `rows` rows (connectors insert in batches).
template <class D, class Q>
std::string render_insert_rows(std::size_t rows) {
  std::string out;
  string_sink sink{&out};
  render_context<D, string_sink, true> ctx{sink};
  Q::render_rows(ctx, rows);
  return out;
}

// Records the sizes of runtime-sized parts, in render order, and the variant; ignores values, so
// a part need not visit them (values(range) does not read its rows: they may be made on the fly).
struct dynamic_size_collector : variant_counter {
  static constexpr bool ignores_values = true;
  std::vector<std::size_t> sizes;
  void dynamic_size(std::size_t n) { sizes.push_back(n); }
  template <class V>
  void operator()(const V&) {}
};
}  // namespace detail

/// Whether dialect D has every feature Q uses; reports the ctql: error if not.
template <class D, class Q>
constexpr bool dialect_supports() {
  if constexpr (requires { Q::uses_full_join; }) {
    if constexpr (Q::uses_full_join && !D::supports_full_join) {
      dialect_has_no_full_join<D>();
      return false;
    }
  }
  if constexpr (requires { requires Q::inserts_from_select && Q::uses_excluded; }) {
    if constexpr (D::excluded == excluded_style::row_alias) {
      dialect_has_no_excluded_after_select<D>();
      return false;
    }
  }
  if constexpr (requires { Q::uses_returning; }) {
    if constexpr (Q::uses_returning && !D::supports_returning) {
      dialect_has_no_returning<D>();
      return false;
    }
    if constexpr (Q::uses_update_returning && !D::supports_update_returning) {
      dialect_has_no_update_returning<D>();
      return false;
    }
    // ON DUPLICATE KEY UPDATE has no DO NOTHING: ctql writes a no-op update, whose RETURNING gives
    // the existing row where ON CONFLICT DO NOTHING gives none.
    if constexpr (Q::uses_returning_after_do_nothing && D::upsert == upsert_style::on_duplicate_key_update) {
      dialect_has_no_do_nothing_returning<D>();
      return false;
    }
  }
  return true;
}

/// Whether Q passes every whole-statement rule and D has what it uses; instantiating this
/// reports the failures. Connectors test it before running a statement.
template <class D, class Q>
inline constexpr bool statement_is_valid = Q::template check<true>() && dialect_supports<D, Q>();

/// The SQL of statement type Q: `ctql::sql<ctql::sqlite, decltype(q)>()`, for templates that
/// hold the statement only as a `const Q&` (which is not a constant expression).
template <dialect D, class Q>
constexpr std::string_view sql() {
  if constexpr (!statement<Q>) {
    sql_takes_statement<Q>();
    return {};
  } else if constexpr (!Q::template check<true>() || !dialect_supports<D, Q>()) {
    return {};
  } else if constexpr (Q::is_dynamic) {
    statement_has_runtime_part<Q>();
    return {};
  } else if constexpr (variants_of<Q> != 1) {
    statement_has_variants<Q>();
    return {};
  } else {
    return detail::static_sql_text<D, Q>.view();
  }
}

/// The SQL of variant V of a statement with maybe(), dynamic(), one_of():
/// `static_assert(ctql::sql<ctql::sqlite, 1>(q) == "SELECT ...")`. Variants are numbered by their
/// choices in the order the SQL has them, the first lowest: maybe() and dynamic() count 0 (absent)
/// or 1 (present), one_of() its index (docs/dynamic.md).
template <dialect D, std::size_t V, class Q>
constexpr std::string_view sql(const Q&) {
  if constexpr (!statement<Q>) {
    sql_takes_statement<Q>();
    return {};
  } else if constexpr (!Q::template check<true>() || !dialect_supports<D, Q>()) {
    return {};
  } else if constexpr (Q::is_dynamic) {
    statement_has_runtime_part<Q>();
    return {};
  } else if constexpr (V >= variants_of<Q>) {
    variant_past_last<Q>();
    return {};
  } else {
    return detail::static_sql_text<D, Q, V>.view();
  }
}

/// How many variants statement q has (1 without maybe(), dynamic(), one_of(), or_each()).
template <class Q>
constexpr std::size_t variant_count(const Q&) {
  return variants_of<Q>;
}

/// The SQL of a statement: `static_assert(ctql::sql<ctql::sqlite>(q) == "SELECT ...");`
template <dialect D, class Q>
constexpr std::string_view sql(const Q&) {
  return sql<D, Q>();
}

/// The SQL of any statement, rendered now: in(range) and values(range) get one placeholder
/// per element; of a statement with maybe(), dynamic(), one_of(), the variant q will run.
template <dialect D, class Q>
std::string runtime_sql(const Q& q) {
  if constexpr (!statement<Q>) {
    sql_takes_statement<Q>();
    return {};
  } else if constexpr (!Q::template check<true>() || !dialect_supports<D, Q>()) {
    return {};
  } else if constexpr (!Q::is_dynamic && variants_of<Q> == 1) {
    return std::string(detail::static_sql_text<D, Q>.view());
  } else {
    detail::dynamic_size_collector sizes;
    visit_as<D>(q, sizes);
    return detail::render_with_sizes<D, Q>(sizes.sizes, sizes.variant);
  }
}

}  // namespace ctql
