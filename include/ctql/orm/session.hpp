#pragma once
// `auto s = ctql::session(db);`: a unit of work over mapped structs, as SQLAlchemy's Session.
// It owns the objects it is given or loads (their addresses stay valid for its whole life), keeps
// one object per key (identity map), and at flush writes what changed in one transaction of its
// own: inserts parents first (references<>), then updates of changed objects only, then deletes
// children first. A failed flush is undone in the database and in the objects, and says which
// object failed. It does not load relationships, cascade, or expire objects: see docs/orm.md.
#include <algorithm>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctql/core/error.hpp"
#include "ctql/core/run/connection_lost.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/value_traits.hpp"
#include "ctql/orm/crud.hpp"
#include "ctql/orm/flush_order.hpp"
#include "ctql/orm/stable_pool.hpp"

namespace ctql {

template <class Struct>
constexpr void session_needs_a_primary_key() {
  static_assert(always_false<Struct>,
                "ctql: a session keeps one object per primary key (its identity map), and this struct's table has "
                "none; give the table a ctql::primary_key column, or use db.insert() and db.query<T>() without a session");
}

namespace orm_detail {

template <class Db>
struct store_base {
  virtual ~store_base() = default;
  virtual int depth() const = 0;
  virtual bool has_work() = 0;  // whether a flush would write anything
  virtual void flush_inserts(Db& db) = 0;
  virtual void flush_updates(Db& db) = 0;
  virtual void flush_deletes(Db& db) = 0;
  virtual void undo_flush() = 0;  // the database rolled the flush back: so do the objects
  virtual void flushed() = 0;     // the flush went through
  virtual void committed() = 0;
  virtual void rolled_back() = 0;
  virtual void outcome_unknown() = 0;  // the transaction may or may not have been committed
  std::size_t statements = 0;
};

inline std::string ordinal(std::size_t n) {
  const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

inline constexpr std::size_t not_given = static_cast<std::size_t>(-1);

/// `given`: the object's place among those add(), add_all() or merge() gave the session, or
/// not_given for one get() or query() loaded (those are not counted).
[[noreturn]] inline void throw_flush_failure(std::string_view what, std::string_view table, std::size_t given, const error& e) {
  const std::string which = given == not_given
                                ? "an object of table " + std::string(table) + " loaded by get() or query()"
                                : "the " + ordinal(given + 1) + " object of table " + std::string(table) +
                                      " given to the session (by add(), add_all() or merge())";
  // The database's words travel as database_message; an error without them (a value to_stored
  // refused, a row deleted outside the session) keeps its own reason, or the user learns nothing.
  std::string reason;
  if (e.database_message().empty()) {
    std::string_view text = e.what();
    if (text.starts_with("ctql: ")) text.remove_prefix(6);
    if (const std::string tail = " [SQL: " + e.sql() + "]"; !e.sql().empty() && text.ends_with(tail))
      text.remove_suffix(tail.size());
    reason = ": " + std::string(text);
  }
  error failure("session flush failed " + std::string(what) + " " + which + " (nothing of this flush was written)" + reason,
                e.sql(), e.database_message(), e.code(), e.sqlstate());
  if (e.transaction_outcome_unknown()) throw error::with_unknown_transaction_outcome(std::move(failure));
  throw failure;
}

/// Runs `f.template operator()<Dialect>(c)` with the connection that runs db's statements and its
/// dialect: db itself when its type names its dialect; for one whose dialect is chosen at run time
/// (an engine connection: it has visit()), the dialect's own connection it holds. So what depends
/// on the dialect (RETURNING, or each insert's last_insert_id) follows the one that runs, and f is
/// compiled for every dialect the engine holds (a statement one refuses fails naming it).
template <class Db, class F>
decltype(auto) with_dialect(Db& db, F&& f) {
  if constexpr (requires { typename Db::dialect; })
    return f.template operator()<typename Db::dialect>(db);
  else
    return db.visit([&]<class C>(C& c) -> decltype(auto) { return f.template operator()<typename C::dialect>(c); });
}

template <class V>
constexpr void session_key_needs_an_order() {
  static_assert(always_false<V>,
                "ctql: a session keeps its objects by primary key in an ordered map, and this key type has no "
                "operator<, nor a stored value that orders it (a value_traits type stored as an integer, text or a "
                "uuid is ordered by that); give the key type an operator<");
}

/// Orders the keys of the identity map: by the key type's own <, or, for a value_traits type without
/// one (a strong id written as docs/value_types.md shows has only ==), by its stored value.
struct key_less {
  template <class V>
  static bool less(const V& a, const V& b) {
    if constexpr (requires { { a < b } -> std::convertible_to<bool>; }) {
      return a < b;
    } else if constexpr (custom_value<V>) {
      return less<stored_type_t<V>>(to_stored_value(a), to_stored_value(b));
    } else if constexpr (std::is_same_v<V, sql_uuid>) {
      return a.bytes < b.bytes;
    } else if constexpr (is_sql_numeric<V>) {
      return a.units < b.units;
    } else {
      session_key_needs_an_order<V>();
      return false;
    }
  }
  template <std::size_t I = 0, class... Ks>
  static bool tuple_less(const std::tuple<Ks...>& a, const std::tuple<Ks...>& b) {
    if constexpr (I == sizeof...(Ks)) {
      return false;
    } else {
      if (less(std::get<I>(a), std::get<I>(b))) return true;
      if (less(std::get<I>(b), std::get<I>(a))) return false;
      return tuple_less<I + 1>(a, b);
    }
  }
  template <class... Ks>
  bool operator()(const std::tuple<Ks...>& a, const std::tuple<Ks...>& b) const {
    return tuple_less(a, b);
  }
};

/// The objects of one mapped type in a session.
template <class T, class Db>
class store final : public store_base<Db> {
 public:
  enum class state { pending, persistent, deleted, detached };
  static constexpr bool by_key = key_indexes<T>.size() != 0;  // the session refuses others (one message)
  struct node {
    T object;
    std::size_t order;              // in the order the session got it (its place in nodes_)
    std::size_t given;              // among those given (not loaded), for messages; or not_given
    state st = state::pending;
    std::optional<T> flushed_copy;  // the row as the database has it (dirty tracking)
    std::optional<T> committed_copy;  // as committed, once a flush in this transaction changed it
    bool inserted_in_transaction = false;
    bool key_assigned_by_flush = false;
    bool in_identity = false;  // the identity map has it (under the key it had then)
  };

  int depth() const override { return flush_depth<table_of_t<T>>(); }
  bool has_work() override {
    if (!pending_.empty() || !deleted_.empty()) return true;
    for (std::size_t i = 0; i < nodes_.size(); ++i)
      if (changed(nodes_[i])) return true;
    return false;
  }

  // The identity map and the map of addresses are brought up to date when asked, so that adding
  // and committing many objects costs no lookup structure until one is used.
  node* find(const key_tuple_t<T>& key) {
    for (; indexed_ < nodes_.size(); ++indexed_) {
      node& n = nodes_[indexed_];
      if (n.st != state::detached && !key_unassigned(n.object))
        n.in_identity = identity_.emplace(key_of(n.object, key_fields_of<T>{}), &n).second;
    }
    auto it = identity_.find(key);
    return it == identity_.end() ? nullptr : it->second;
  }
  node* owner_of(const T& object) {
    for (; addressed_ < nodes_.size(); ++addressed_) by_address_.emplace(&nodes_[addressed_].object, &nodes_[addressed_]);
    auto it = by_address_.find(&object);
    return it == by_address_.end() ? nullptr : it->second;
  }
  node& add(T&& object, state st) {
    node& n = nodes_.emplace_back(node{std::move(object), nodes_.size(), st == state::pending ? given_++ : not_given, st, {}, {},
                                            false, false, false});
    if (st == state::persistent) n.flushed_copy = n.object;
    if (st == state::pending) pending_.push_back(&n);
    return n;
  }
  /// Takes n's key out of the identity map (if it is there, for n).
  void forget(node& n, const T& keyed) {
    if (n.order >= indexed_) return;
    auto it = identity_.find(key_of(keyed, key_fields_of<T>{}));
    if (it != identity_.end() && it->second == &n) identity_.erase(it);
    n.in_identity = false;
  }
  /// Puts n's key in the identity map, if n has been indexed already (otherwise find() will).
  void remember(node& n) {
    if (n.order < indexed_) n.in_identity = identity_.emplace(key_of(n.object, key_fields_of<T>{}), &n).second;
  }
  void remove(node& n) {
    if (n.st == state::pending) {
      n.st = state::detached;  // never written: simply forgotten
      pending_.erase(std::find(pending_.begin(), pending_.end(), &n));
      if (!key_unassigned(n.object)) forget(n, n.object);
    } else if (n.st == state::persistent) {
      n.st = state::deleted;
      deleted_.push_back(&n);
    }
  }

  /// add() of n's own object: whether it is (again) the session's (a removal not flushed is undone).
  bool keep(node& n) {
    if (n.st == state::deleted) {
      n.st = state::persistent;
      deleted_.erase(std::find(deleted_.begin(), deleted_.end(), &n));
    }
    return n.st == state::pending || n.st == state::persistent;
  }

  void flush_inserts(Db& db) override {
    if (pending_.empty()) return;
    with_dialect(db, [&]<class Dialect, class C>(C& c) { this->template insert_pending<Dialect>(c); });
  }
  void flush_updates(Db& db) override {
    if constexpr (by_key) nodes_.for_each([&](node& n) {
      if (!changed(n)) return;  // unchanged: no UPDATE
      if (key_of(n.object, key_fields_of<T>{}) != key_of(*n.flushed_copy, key_fields_of<T>{}))
        throw error("the primary key of an object of table " + std::string(table_of_t<T>::sql_name) +
                    " changed in the session; a session finds rows by key: remove() the object and add() a new one");
      try {
        if constexpr (value_fields_of<T>::size() != 0) {
          ++this->statements;
          if (db(update_of(n.object, value_fields_of<T>{})).rows_affected == 0)
            throw error("no row has this object's key any more (deleted outside the session)");
        }
      } catch (const error& e) {
        throw_flush_failure("updating", table_of_t<T>::sql_name, n.given, e);
      }
      updated_.push_back(&n);
    });
  }
  void flush_deletes(Db& db) override {
    if constexpr (by_key) {
      if constexpr (self_reference_fields<T>::size() != 0) {  // a report before its manager
        if (deleted_.size() > 1) {
          std::vector<const T*> rows;
          rows.reserve(deleted_.size());
          for (node* n : deleted_) rows.push_back(&*n->flushed_copy);
          const auto order = parents_first(rows);
          std::vector<node*> ordered;
          ordered.reserve(deleted_.size());
          for (auto it = order.rbegin(); it != order.rend(); ++it) ordered.push_back(deleted_[*it]);
          deleted_ = std::move(ordered);
        }
      }
      for (node* n : deleted_) {
        try {
          ++this->statements;
          db(delete_of(*n->flushed_copy));
        } catch (const error& e) {
          throw_flush_failure("deleting", table_of_t<T>::sql_name, n->given, e);
        }
      }
    }
  }
  void undo_flush() override {
    for (node* n : pending_)
      if (n->key_assigned_by_flush) {
        clear_auto_key(n->object);
        n->key_assigned_by_flush = false;
      }
    updated_.clear();
  }
  void flushed() override {
    for (node* n : pending_) {
      n->st = state::persistent;
      n->flushed_copy = n->object;
      n->inserted_in_transaction = true;
      if (n->key_assigned_by_flush) remember(*n);
    }
    pending_.clear();
    for (node* n : updated_) {
      if (!n->inserted_in_transaction && !n->committed_copy) n->committed_copy = std::move(n->flushed_copy);
      n->flushed_copy = n->object;
    }
    updated_.clear();
    for (node* n : deleted_) {
      n->st = state::detached;
      forget(*n, *n->flushed_copy);
    }
    deleted_flushed_.insert(deleted_flushed_.end(), deleted_.begin(), deleted_.end());
    deleted_.clear();
  }
  void committed() override {
    nodes_.for_each([&](node& n) {
      n.committed_copy.reset();
      n.inserted_in_transaction = false;
      n.key_assigned_by_flush = false;
    });
    deleted_flushed_.clear();
  }
  void rolled_back() override {
    // Objects as the database has them again: inserted ones leave the session (keys it assigned back
    // to 0), changed ones get their committed values back, deleted ones come back.
    // Deleted by a flush: back as deleted-not-flushed (to get their committed values below), unless
    // inserted in this transaction too: such an object was never committed, and leaves.
    for (node* n : deleted_flushed_)
      if (!n->inserted_in_transaction) n->st = state::deleted;
    nodes_.for_each([&](node& n) {
      if (n.st == state::pending || n.inserted_in_transaction) {
        if (!key_unassigned(n.object)) forget(n, n.object);
        if (n.key_assigned_by_flush) clear_auto_key(n.object);
        n.st = state::detached;
      } else if (n.st == state::persistent || n.st == state::deleted) {
        if (n.committed_copy) {
          n.object = *n.committed_copy;
          n.flushed_copy = std::move(n.committed_copy);
        } else if (n.flushed_copy) {
          n.object = *n.flushed_copy;  // unflushed changes are discarded too
        }
        n.st = state::persistent;
      }
      n.committed_copy.reset();
      n.inserted_in_transaction = false;
      n.key_assigned_by_flush = false;
    });
    for (node* n : deleted_flushed_)
      if (n->st == state::persistent) remember(*n);  // its flush took its key out of the identity map
    deleted_flushed_.clear();
    pending_.clear();
    deleted_.clear();
    updated_.clear();
  }
  void outcome_unknown() override {
    // What this transaction wrote may be in the database or not: it leaves the session as it is
    // (keys kept), to be looked up again. Work not flushed yet stays.
    nodes_.for_each([&](node& n) {
      if (n.st != state::detached && (n.inserted_in_transaction || n.committed_copy)) {
        forget(n, n.flushed_copy ? *n.flushed_copy : n.object);
        n.st = state::detached;
      }
      n.committed_copy.reset();
      n.inserted_in_transaction = false;
      n.key_assigned_by_flush = false;
    });
    deleted_flushed_.clear();  // detached by their flush already
    std::erase_if(deleted_, [](const node* n) { return n->st == state::detached; });  // no DELETE for them
    updated_.clear();
  }
  /// An object loaded from the database: the session's own if it has that key already.
  T* loaded(T&& object) {
    if (node* n = find(key_of(object, key_fields_of<T>{}))) return n->st == state::deleted ? nullptr : &n->object;
    return &add(std::move(object), state::persistent).object;
  }

 private:
  static bool changed(const node& n) {
    return n.st == state::persistent && n.flushed_copy && fields(n.object) != fields(*n.flushed_copy);
  }
  static void clear_auto_key(T& object) {
    if constexpr (has_auto_key<T>) set_auto_key(object, 0);
  }
  /// A pending object's key set or changed after the identity map saw it: put it under its key now,
  /// or refuse (two objects for one row otherwise).
  void check_pending_keys() {
    for (node* n : pending_) {
      if (n->order >= indexed_ || key_unassigned(n->object)) continue;  // find() indexes it when asked
      auto key = key_of(n->object, key_fields_of<T>{});
      auto it = identity_.find(key);
      if (n->in_identity ? (it == identity_.end() || it->second != n) : it != identity_.end())
        throw error("the primary key of an object of table " + std::string(table_of_t<T>::sql_name) +
                    " added to the session was changed before its flush" +
                    (it != identity_.end() && it->second != n ? " to a key the session has for another object" : "") +
                    "; a session finds rows by key: remove() the object and add() a new one");
      if (!n->in_identity) n->in_identity = identity_.emplace(std::move(key), n).second;  // was 0 when seen
    }
  }
  /// The pending objects' inserts, on the connection of the dialect that runs them.
  template <class Dialect, class C>
  void insert_pending(C& db) {
    check_pending_keys();
    if constexpr (self_reference_fields<T>::size() != 0) {  // a manager before its report
      if (pending_.size() > 1) {
        std::vector<const T*> rows;
        rows.reserve(pending_.size());
        for (node* n : pending_) rows.push_back(&n->object);
        std::vector<node*> ordered;
        ordered.reserve(pending_.size());
        for (std::size_t i : parents_first(rows)) ordered.push_back(pending_[i]);
        pending_ = std::move(ordered);
      }
    }
    std::vector<T*> unassigned, assigned;
    for (node* n : pending_) {
      if (key_unassigned(n->object)) {
        n->key_assigned_by_flush = true;
        unassigned.push_back(&n->object);
      } else {
        assigned.push_back(&n->object);
      }
    }
    try {
      auto savepoint = db.transaction();
      if (!assigned.empty()) {
        insert_rows(db, assigned, all_fields<T>{});
        ++this->statements;
      }
      if constexpr (has_auto_key<T>) {
        if (!unassigned.empty()) {
          if constexpr (Dialect::supports_returning || consecutive_insert_keys<Dialect>) {
            insert_unassigned<Dialect>(db, unassigned);
            this->statements += (unassigned.size() + rows_per_batch<T> - 1) / rows_per_batch<T>;
          } else {
            for (T* object : unassigned) {  // no RETURNING (MySQL 8): each insert reports its key
              insert<Dialect>(db, *object);
              ++this->statements;
            }
          }
        }
      }
      savepoint.commit();
    } catch (const error&) {
      find_failing_insert<Dialect>(db);  // throws, naming the object
      throw;
    }
  }
  /// The bulk insert failed: insert the objects one at a time (then undone) to say which one fails.
  template <class Dialect, class C>
  void find_failing_insert(C& db) {
    auto savepoint = db.transaction();
    for (node* n : pending_) {
      try {
        T copy = n->object;
        if (n->key_assigned_by_flush) clear_auto_key(copy);
        insert<Dialect>(db, copy);
      } catch (const error& e) {
        undo_flush();
        throw_flush_failure("inserting", table_of_t<T>::sql_name, n->given, e);
      }
    }
  }

  stable_pool<node> nodes_;  // never erased while the session lives: references to objects stay valid
  std::map<key_tuple_t<T>, node*, key_less> identity_;
  std::map<const T*, node*> by_address_;
  std::size_t indexed_ = 0, addressed_ = 0;
  std::size_t given_ = 0;  // how many objects add(), add_all() and merge() gave  // how many of nodes_ the two maps have seen
  std::vector<node*> pending_, deleted_, updated_, deleted_flushed_;
};

template <class T>
inline constexpr char store_tag = 0;
}  // namespace orm_detail

template <class T>
concept connection_like = requires(T& db) { db.transaction(); };

/// A unit of work on connection `db`: `auto s = ctql::session(db);` (docs/orm.md). Any connection, an
/// engine's too: what depends on the dialect follows the one its URL chose (orm_detail::with_dialect).
template <class Db>
class session {
 public:
  explicit session(Db& db) : db_(&db) {}
  ~session() { release(); }  // tx_ then rolls back
  session(const session&) = delete;
  session& operator=(const session&) = delete;

  /// `User& u = s.add(User{.name = "Alice"})`: pending until flush/commit. A key the session
  /// already has is a ctql::error (use merge()).
  /// The session's own object (pending or persistent) is returned as it is, as in SQLAlchemy (one
  /// removed but not flushed yet is kept after all); one no longer the session's is added anew.
  template <class Object>
  std::remove_cvref_t<Object>& add(Object&& object) {
    using T = std::remove_cvref_t<Object>;
    static_assert(mapped<T>);
    auto& st = store_for<T>();
    if constexpr (std::is_lvalue_reference_v<Object>) {  // objects given by value cannot be the session's
      if (auto* n = st.owner_of(object); n != nullptr && st.keep(*n)) return n->object;
    }
    if (!orm_detail::key_unassigned(object) && st.find(orm_detail::key_of(object, orm_detail::key_fields_of<T>{})))
      throw error("add(): the session already has an object of table " + std::string(table_of_t<T>::sql_name) +
                  " with this primary key; merge() it to update that object");
    return st.add(T(std::forward<Object>(object)), store_t<T>::state::pending).object;
  }
  /// `s.add_all(std::vector<User>{...})`: each as add(); the session's objects, in order.
  /// A temporary container's objects are moved into the session; the caller's own (an lvalue, or
  /// a view over them) are copied: the caller still has them.
  template <std::ranges::range Range>
  std::vector<std::ranges::range_value_t<Range>*> add_all(Range&& objects) {
    constexpr bool take = !std::is_lvalue_reference_v<Range> && !std::ranges::view<std::remove_cvref_t<Range>>;
    std::vector<std::ranges::range_value_t<Range>*> out;
    if constexpr (std::ranges::sized_range<Range>) out.reserve(std::ranges::size(objects));
    for (auto&& object : objects) {
      if constexpr (take) out.push_back(&add(std::move(object)));
      else out.push_back(&add(std::forward<decltype(object)>(object)));
    }
    return out;
  }
  /// The session's object for obj's key, updated to obj's values (loaded first if the database has
  /// the key; one remove()d and not flushed is kept after all); obj itself if no row has it (then
  /// inserted at flush). The session's own object is returned as it is, as by add().
  template <class Object>
  std::remove_cvref_t<Object>& merge(Object&& given) {
    using T = std::remove_cvref_t<Object>;
    static_assert(mapped<T>);
    if constexpr (std::is_lvalue_reference_v<Object>) {  // its own object (a copy would be a second one)
      if (auto* n = store_for<T>().owner_of(given); n != nullptr && store_for<T>().keep(*n)) return n->object;
    }
    T object(std::forward<Object>(given));
    if (orm_detail::key_unassigned(object)) return add(std::move(object));
    auto key = orm_detail::key_of(object, orm_detail::key_fields_of<T>{});
    // The session's object for this key was remove()d (not flushed yet): merge revives it, as an
    // update with obj's values (the row is kept). After the delete's flush it is an insert again.
    auto& st = store_for<T>();
    if (auto* n = st.find(key); n != nullptr && n->st == store_t<T>::state::deleted) {
      st.keep(*n);
      n->object = std::move(object);
      return n->object;
    }
    T* existing = std::apply([&](const auto&... k) { return get<T>(k...); }, key);
    if (existing == nullptr) return add(std::move(object));
    // The row keeps its key as stored: a collation that ignores case (MariaDB's default) finds the
    // row 'abc' for 'ABC', and a key changed in the session would be refused at every flush.
    copy_fields(object, *existing, orm_detail::key_fields_of<T>{});
    *existing = std::move(object);
    return *existing;
  }
  /// The session's object with this key (loaded on first use); nullptr if no row has it.
  template <class T, class... Keys>
  T* get(const Keys&... keys) {
    static_assert(mapped<T>);
    if constexpr (!orm_detail::check_key_values<T, Keys...>()) {  // as db.get<T>: the same messages
      return nullptr;
    } else {
      auto& st = store_for<T>();
      const orm_detail::key_tuple_t<T> key{keys...};
      if (auto* n = st.find(key)) return n->st == store_t<T>::state::deleted ? nullptr : &n->object;
      autoflush();
      auto found = orm_detail::with_dialect(*db_, [&]<class Dialect, class C>(C& c) {
        return std::apply([&](const auto&... k) { return orm_detail::get<Dialect, T>(c, k...); }, key);
      });
      ++statements_;
      if (!found) return nullptr;
      return st.loaded(std::move(*found));
    }
  }
  /// Deletes the object at flush (a pending one is simply forgotten). It must be the session's.
  template <class T>
  void remove(T& object) {
    auto* n = store_for<T>().owner_of(object);
    if (n == nullptr)
      throw error("remove(): this object is not the session's; remove the one add(), merge(), get() or query() gave");
    store_for<T>().remove(*n);
  }

  /// `s.query<User>().where(...).order_by(...).first()` (a T* or nullptr) or `.all()`
  /// (std::vector<T*>), after an autoflush; rows the session has already give its own objects.
  template <class T>
  auto query() {
    return session_query<T, decltype(orm_detail::select_all<T>())>(*this, orm_detail::select_all<T>());
  }

  /// Writes pending work, inside the session's transaction (begun here if not yet).
  void flush() {
    // Nothing to write (a session that only reads): no transaction is begun, and none is held.
    if (std::none_of(stores_.begin(), stores_.end(), [](const auto& entry) { return entry.second->has_work(); })) return;
    if (!tx_) {
      claim();
      try {
        tx_.emplace(db_->transaction());
      } catch (...) {
        release();
        throw;
      }
    }
    auto order = stores_by_depth();
    try {
      auto savepoint = db_->transaction();
      for (auto* s : order) s->flush_inserts(*db_);
      for (auto* s : order) s->flush_updates(*db_);
      for (auto it = order.rbegin(); it != order.rend(); ++it) (*it)->flush_deletes(*db_);
      savepoint.commit();
    } catch (...) {
      for (auto* s : order) s->undo_flush();
      count_statements();
      if (failure_left_outcome_unknown()) let_go_of_written();
      throw;
    }
    count_statements();
    for (auto* s : order) s->flushed();
  }
  /// Flushes, then commits the session's transaction. The objects stay valid and in the session.
  /// A commit that fails rolls the transaction back (as rollback()): none of it stays open.
  void commit() {
    flush();
    if (tx_) {
      release();  // first: the commit may end the last hold on the connection's state
      try {
        tx_->commit();
      } catch (...) {
        if (failure_left_outcome_unknown()) let_go_of_written();
        else rollback_quietly();
        throw;
      }
      tx_.reset();
    }
    for (auto& entry : stores_) entry.second->committed();
  }
  /// Discards flushed and pending work: the database and the objects as at the last commit.
  /// Raises (transaction_outcome_unknown()) if SQL run by hand ended the session's transaction:
  /// what the session wrote in it leaves the session, keys kept; the rest is discarded all the same.
  void rollback() {
    if (transaction_ended_unknowingly()) {
      let_go_of_written();
      for (auto& entry : stores_) entry.second->rolled_back();  // what it had not written yet
      throw error::with_unknown_transaction_outcome(error(
          "session rollback: the session's transaction was ended outside it (SQL run by hand: COMMIT, a "
          "statement that commits implicitly, or on MySQL and MariaDB a ROLLBACK), so what the session wrote in it "
          "may have been committed; those objects have left the session as they are (assigned keys kept): " +
          std::string(detail::unknown_outcome_advice)));
    }
    auto tx = std::move(tx_);
    tx_.reset();
    release();
    for (auto& entry : stores_) entry.second->rolled_back();
    if (tx && tx->active()) tx->rollback();  // if it throws, its guard has ended it
  }
  /// How many statements the session has run (flushes, get(), query()): unchanged objects add none.
  std::size_t statements() const { return statements_; }

 private:
  template <class T, class Select>
  class session_query {
   public:
    session_query(session& s, Select select) : s_(&s), select_(std::move(select)) {}
    template <class Condition>
    auto where(const Condition& c) const { return make(select_.where(c)); }
    template <class... Items>
    auto order_by(const Items&... items) const { return make(select_.order_by(items...)); }
    template <class Count>
    auto limit(const Count& n) const { return make(select_.limit(n)); }
    template <class Count>
    auto offset(const Count& n) const { return make(select_.offset(n)); }
    T* first() const {
      s_->autoflush();
      ++s_->statements_;
      auto object = object_query<T, Db, Select>(*s_->db_, select_).first();
      return object ? s_->template store_for<T>().loaded(std::move(*object)) : nullptr;
    }
    std::vector<T*> all() const {
      s_->autoflush();
      ++s_->statements_;
      std::vector<T*> out;
      for (auto& object : object_query<T, Db, Select>(*s_->db_, select_).all())
        if (T* p = s_->template store_for<T>().loaded(std::move(object))) out.push_back(p);
      return out;
    }

   private:
    template <class Next>
    session_query<T, Next> make(Next next) const { return {*s_, std::move(next)}; }
    session* s_;
    Select select_;
  };

  template <class T>
  using store_t = orm_detail::store<T, Db>;

  template <class T>
  store_t<T>& store_for() {
    if constexpr (!store_t<T>::by_key) session_needs_a_primary_key<T>();
    for (auto& [tag, s] : stores_)
      if (tag == &orm_detail::store_tag<T>) return static_cast<store_t<T>&>(*s);
    stores_.emplace_back(&orm_detail::store_tag<T>, std::make_unique<store_t<T>>());
    return static_cast<store_t<T>&>(*stores_.back().second);
  }
  std::vector<orm_detail::store_base<Db>*> stores_by_depth() {
    std::vector<orm_detail::store_base<Db>*> out;
    for (auto& entry : stores_) out.push_back(entry.second.get());
    std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->depth() < b->depth(); });
    return out;
  }
  void autoflush() { flush(); }
  template <class T, std::size_t... I>
  static void copy_fields(T& to, const T& from, std::index_sequence<I...>) {
    ((orm_detail::field<I>(to) = orm_detail::field<I>(from)), ...);
  }
  /// Whether SQL run by hand has ended the session's transaction, so that its outcome is not known.
  /// A connection that cannot say (lost, say) has rolled it back.
  bool transaction_ended_unknowingly() const noexcept {
    try {
      return tx_ && tx_->outcome_unknown();
    } catch (...) {
      return false;
    }
  }
  /// Inside a catch block: whether the failure being handled leaves the transaction's outcome unknown.
  static bool failure_left_outcome_unknown() noexcept {
    try {
      throw;
    } catch (const error& e) {
      return e.transaction_outcome_unknown();
    } catch (...) {
      return false;
    }
  }
  /// The transaction may or may not have been committed (the reply to COMMIT was lost, or SQL run by
  /// hand ended it): what it wrote leaves the session, and the transaction is over.
  void let_go_of_written() {
    auto tx = std::move(tx_);
    tx_.reset();
    release();
    for (auto& entry : stores_) entry.second->outcome_unknown();
    try {
      // Ends the guard, and a transaction SQL run by hand began after ending the session's.
      if (tx && tx->active()) tx->rollback();
    } catch (...) {
    }
  }
  void rollback_quietly() noexcept {
    try {
      rollback();
    } catch (...) {  // the caller's error is the one to report; the transaction is over either way
    }
  }
  void count_statements() {
    for (auto& entry : stores_) {
      statements_ += entry.second->statements;
      entry.second->statements = 0;
    }
  }

  /// One session with its transaction open per connection: a second session flushing there would
  /// nest in it (a savepoint), its commit would only release the savepoint, and the first session's
  /// rollback (or failed commit) would then undo work reported as committed. The owner is noted in
  /// the connection's state (which moves with the connection, and which tx_ keeps alive while this
  /// session holds it), not by the connection object's address.
  void claim() {
    const void*& owner = db_->unit_of_work_owner();
    if (owner != nullptr && owner != this)
      throw error(
          "session flush: another session has work in a transaction on this connection (it flushed and has not "
          "committed or rolled back yet); commit or roll back that session first, or give each session its own "
          "connection");
    owner = this;
    owner_ = &owner;
  }
  void release() noexcept {
    if (owner_ != nullptr && *owner_ == this) *owner_ = nullptr;
    owner_ = nullptr;
  }

  Db* db_;
  const void** owner_ = nullptr;  // the connection's note that this session holds it, while it does
  std::vector<std::pair<const char*, std::unique_ptr<orm_detail::store_base<Db>>>> stores_;
  std::optional<decltype(std::declval<Db&>().transaction())> tx_;
  std::size_t statements_ = 0;
};

template <class Db>
session(Db&) -> session<Db>;

}  // namespace ctql
