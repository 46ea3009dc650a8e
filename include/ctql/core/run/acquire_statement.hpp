#pragma once
// Finding a statement's prepared statement in its connection's cache: by the statement type's
// slot when its SQL is fixed, by slot and the sizes of its runtime-sized parts (in(range),
// values(range) batches) when it is not, so no SQL is rendered or hashed to find it. A statement
// with variants (maybe(), dynamic(), one_of()) has a slot per variant: its type's first slot plus
// the variant a visit finds, and that variant's SQL is rendered only when it is first prepared.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/query/sql.hpp"
#include "ctql/core/run/statement_cache.hpp"
#include "ctql/core/run/statement_slot.hpp"

namespace ctql::detail {

/// A key for SQL rendered at run time: the statement type's slot and the sizes of its
/// runtime-sized parts, which together decide the text.
inline std::string dynamic_statement_key(std::size_t slot, const std::vector<std::size_t>& sizes) {
  std::string key(reinterpret_cast<const char*>(&slot), sizeof slot);
  key.append(reinterpret_cast<const char*>(sizes.data()), sizes.size() * sizeof(std::size_t));
  return key;
}

/// The SQL as rendered.
struct sql_as_rendered {
  template <class Text>
  Text operator()(Text sql) const {
    return sql;
  }
};

/// The cached statement of `q` (a lease from cache.acquire); `finish(sql)` completes the SQL
/// before it is prepared (PostgreSQL adds RETURNING for last_insert_id).
template <class Dialect, class Cache, class Q, class Finish = sql_as_rendered>
auto acquire_statement(Cache& cache, const Q& q, Finish finish = {}) {
  const std::size_t slot = statement_slot<Q>();
  if constexpr (has_fixed_sql<Q>) {
    const std::string_view text = static_sql_text<Dialect, Q>.view();
    if constexpr (std::is_same_v<Finish, sql_as_rendered>) return cache.acquire(slot, text);
    else return cache.acquire(slot, sql_source(text, finish));
  } else if constexpr (!Q::is_dynamic) {
    const std::size_t variant = variant_of(q);
    return cache.acquire(slot + variant, [&] { return finish(render_with_sizes<Dialect, Q>({}, variant)); });
  } else {
    dynamic_size_collector sizes;
    visit_as<Dialect>(q, sizes);
    return cache.acquire(dynamic_statement_key(slot + sizes.variant, sizes.sizes),
                         [&] { return finish(render_with_sizes<Dialect, Q>(sizes.sizes, sizes.variant)); });
  }
}

/// The cached INSERT of `rows` rows of the values(range) insert Q (bulk inserts go in batches).
template <class Dialect, class Q, class Cache>
auto acquire_insert_rows(Cache& cache, std::size_t rows) {
  return cache.acquire(dynamic_statement_key(statement_slot<Q>(), {rows}),
                       [rows] { return render_insert_rows<Dialect, Q>(rows); });
}

}  // namespace ctql::detail
