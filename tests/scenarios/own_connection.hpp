#pragma once
// For a scenario that chooses by the dialect at compile time (RETURNING where the dialect has it):
// the connection of a known dialect that runs a backend's statements. A direct backend's is its
// connection; through an engine (ctql::engine_connection, whose db(q) compiles q for every dialect,
// so MySQL refuses RETURNING) it is the pooled connection of the dialect the URL chose, reached by
// db.visit: the scenario is compiled for every dialect the engine holds and runs for that one.
#include <stdexcept>
#include <type_traits>
#include <utility>

#include <ctql/core/run/connection.hpp>

namespace test {

template <class D, class S>
D dialect_of(const ctql::basic_connection<D, S>&);
/// The dialect of a connection of a known dialect (a pooled one too: it derives from the connection).
template <class Db>
using dialect_t = decltype(dialect_of(std::declval<Db&>()));

/// `on_own_connection<TestType>(db, [&](auto& c) { if constexpr (dialect_t<decltype(c)>::supports_returning) ... })`:
/// through an engine, a connection of another dialect than the backend's URL names is an error (a
/// scenario would otherwise pass by running its branch for a dialect without RETURNING).
template <class Backend, class Db, class F>
decltype(auto) on_own_connection(Db& db, F&& f) {
  if constexpr (requires { typename Db::dialect; }) {
    return f(db);
  } else {
    return db.visit([&](auto& c) -> decltype(auto) {
      if (!std::is_same_v<dialect_t<decltype(c)>, typename Backend::dialect>)
        throw std::logic_error("the engine ran another dialect than its URL names");
      return f(c);
    });
  }
}

}  // namespace test
