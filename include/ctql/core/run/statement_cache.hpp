#pragma once
// The prepared statements of one connection, kept by statement type (a slot each) and by runtime
// key, and reused: running the same statement type again costs what a hand-prepared statement
// costs. Every connector keeps its statements in this cache; what preparing, resetting and
// closing a statement means is the connector's (its Operations). Bounded: past the capacity the
// least recently used statement not in use is closed, and one kept by runtime key goes with its
// key (runtime SQL is unbounded in kind: 40k distinct text<> statements).
// The statements kept by runtime key, and the one-off ones, live in containers only the slow paths
// (statement_cache_slow_paths.hpp, compiled in each connector's library) touch, so a program's
// translation units do not parse <unordered_map> and <list> for them.
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctql::detail {

/// What a connector tells the statement cache:
///   statement                    one prepared statement (its native handle and what it holds);
///                                a default-constructed one is not prepared; prepared() says
///   prepare(sql, kept)           prepares the SQL (kept: for reuse, not a one-off); ctql::error if not
///   close(statement&)            ends the statement, leaving it not prepared (held text may stay)
///   reuse(statement&)            after a use: readies it for the next; false if it must be prepared again
///   before_use()                 before the cache may talk to the database (and may refuse)
///   may_evict()                  whether a statement may be closed now to stay within the capacity
///   exclusive                    a statement serves one use at a time: while one streams rows, its
///                                type gets a one-off copy (false: acquire() holds nothing)
template <class Ops>
concept statement_operations =
    std::default_initializable<typename Ops::statement> &&
    requires(Ops& ops, typename Ops::statement& s, const typename Ops::statement& c, std::string sql) {
      { c.prepared() } -> std::same_as<bool>;
      { ops.prepare(std::move(sql), true) } -> std::same_as<typename Ops::statement>;
      { ops.close(s) } noexcept;
      { ops.reuse(s) } noexcept -> std::same_as<bool>;
      ops.before_use();
      { ops.may_evict() } -> std::same_as<bool>;
      { Ops::exclusive } -> std::convertible_to<bool>;
    };
/// Operations that can drop a statement the database has dropped already (`ops.forget(s)`, nothing
/// sent): what statement_cache::forget_all() needs.
template <class Ops>
concept forgets_statements = requires(Ops& ops, typename Ops::statement& s) {
  { ops.forget(s) } noexcept;
};

/// The SQL of a statement, made only when the statement is to be prepared: text fixed at compile
/// time, that text finished by a callable (`finish(text)`), or any callable that gives text. One
/// type for every statement, so the cache is compiled once, not once per statement type; and a
/// statement whose text is fixed adds no function of its own to make it.
class sql_source {
 public:
  explicit sql_source(std::string_view text) : text_(text) {}
  template <class Finish>
  sql_source(std::string_view text, const Finish& finish)
      : text_(text), with_(&finish), make_([](const void* f, std::string_view t) {
          return std::string((*static_cast<const Finish*>(f))(t));
        }) {}
  template <class Render>
  sql_source(const Render& render)  // NOLINT: implicit, as a function_ref would be
      : with_(&render), make_([](const void* r, std::string_view) { return std::string((*static_cast<const Render*>(r))()); }) {}
  std::string operator()() const { return make_ != nullptr ? make_(with_, text_) : std::string(text_); }

 private:
  std::string_view text_;
  const void* with_ = nullptr;
  std::string (*make_)(const void*, std::string_view) = nullptr;
};

template <statement_operations Operations>
class statement_cache {
 public:
  using statement = typename Operations::statement;
  struct entry {
    statement stmt{};
    std::uint64_t last_used = 0;
    bool in_use = false;
    const std::string* key = nullptr;  // its key in by_key_, if kept there
  };
  /// A statement in use: `lease->handle`. A one-off statement (`once`) is closed on release.
  struct lease {
    entry* owner = nullptr;
    bool once = false;
    statement* operator->() const noexcept { return &owner->stmt; }
  };
  /// Releases a lease when the scope ends: `release_on_exit guard{cache, lease};`.
  struct release_on_exit {
    statement_cache& cache;
    lease held;
    ~release_on_exit() { cache.release(held); }
  };
  /// What the cache holds, prepared or not: entries, and bytes of held SQL and keys.
  struct footprint {
    std::size_t entries = 0;
    std::size_t text_bytes = 0;
  };

  template <class... OperationsArgs>
  explicit statement_cache(std::size_t capacity, OperationsArgs&&... args)
      : ops_{std::forward<OperationsArgs>(args)...}, capacity_(capacity) {}
  statement_cache(const statement_cache&) = delete;
  statement_cache& operator=(const statement_cache&) = delete;
  ~statement_cache();

  Operations& operations() noexcept { return ops_; }

  /// The statement of a type; `slot` from detail::statement_slot<Q>(). `render()` gives the SQL,
  /// called only when the statement is to be prepared.
  lease acquire(std::size_t slot, sql_source render) {
    if (entry* e = prepared_and_free(slot)) [[likely]] return {e, false};
    return acquire_slot(slot, render);
  }
  /// The same for SQL fixed at compile time: the sql_source is made only to prepare it (made before
  /// the common case, it cost 5 instructions per statement).
  lease acquire(std::size_t slot, std::string_view fixed_sql) {
    if (entry* e = prepared_and_free(slot)) [[likely]] return {e, false};
    return acquire_slot(slot, sql_source(fixed_sql));
  }
  /// The statement for SQL made at run time, found by a key naming its type and sizes (or its text).
  lease acquire(const std::string& key, sql_source render);
  /// A statement that is not kept: closed when released.
  lease acquire_once(std::string sql);

  /// Gives the statement back for its next use (a one-off statement is closed).
  void release(const lease& l) noexcept {
    entry& e = *l.owner;
    if (l.once) return release_once(e);
    e.in_use = false;
    if (!ops_.reuse(e.stmt)) [[unlikely]] drop(e);
  }
  /// Closes a statement the database will not run again as prepared (its tables changed shape);
  /// its entry stays, to be prepared at its next use or now with prepare_again().
  void discard(entry& e) noexcept {
    if (!e.stmt.prepared()) return;
    ops_.close(e.stmt);
    --live_;
  }
  template <class Text>
  void prepare_again(entry& e, Text&& sql) {
    e.stmt = ops_.prepare(std::forward<Text>(sql), true);
    ++live_;
  }

  /// Closes every statement (before the connection closes).
  void clear() noexcept;
  /// The database has dropped every prepared statement (PostgreSQL's DISCARD ALL): each entry stays,
  /// to be prepared again at its next use, and nothing is closed (`ops.forget(statement)`).
  /// (A member template, so that a connector's explicit instantiation of its cache leaves it out
  /// unless its operations can forget: clang 14 instantiates a constrained member regardless.)
  template <forgets_statements Ops = Operations>
  void forget_all() noexcept;
  /// Prepared statements kept for reuse.
  std::size_t size() const noexcept { return live_; }
  /// What the cache holds; `text_bytes(statement)` counts what one statement holds.
  footprint held(std::size_t (*text_bytes)(const statement&) noexcept) const;

 private:
  /// The common case, kept small so that it is inlined: the slot's statement is prepared and free.
  entry* prepared_and_free(std::size_t slot) {
    if (slot < by_slot_.size()) [[likely]] {
      entry* e = by_slot_[slot].get();
      if (e != nullptr && e->stmt.prepared() && !(Operations::exclusive && e->in_use)) [[likely]] {
        ops_.before_use();
        if constexpr (Operations::exclusive) e->in_use = true;
        e->last_used = ++tick_;
        return e;
      }
    }
    return nullptr;
  }
  [[gnu::noinline]] lease acquire_slot(std::size_t slot, const sql_source& render);
  lease use(entry& e, const sql_source& render);
  void evict_least_recently_used();
  /// Closes a statement and drops what its entry holds: one kept by runtime key goes with its
  /// key, one kept by statement type keeps only its slot.
  void drop(entry& e) noexcept;
  void release_once(entry& e) noexcept;
  /// The statements kept by runtime key and the one-off ones (defined with the slow paths).
  struct runtime_entries;
  runtime_entries& runtime();

  Operations ops_;
  std::size_t capacity_;
  std::size_t live_ = 0;
  std::uint64_t tick_ = 0;
  std::vector<std::unique_ptr<entry>> by_slot_;
  // Made at the first runtime-keyed or one-off statement, freed by the destructor; a raw pointer
  // because a unique_ptr of a type defined elsewhere would need it defined wherever the cache is
  // constructed.
  runtime_entries* runtime_ = nullptr;
};

}  // namespace ctql::detail
