#pragma once
// Small ranges with the properties the standard views have, written out because clang 14 cannot
// compile libstdc++ 12's <ranges> views: elements made on the fly (temporaries), and a range
// that can only be iterated through non-const access (like std::views::filter).
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace test {

/// f(0), f(1), ..., f(n-1), each made when dereferenced: the reference type is not a reference.
template <class F>
class generated {
 public:
  generated(std::size_t n, F f) : n_(n), f_(std::move(f)) {}
  class iterator {
   public:
    using value_type = decltype(std::declval<const F&>()(std::size_t{}));
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const generated* g, std::size_t i) : g_(g), i_(i) {}
    value_type operator*() const { return g_->f_(i_); }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    iterator operator++(int) {
      auto copy = *this;
      ++i_;
      return copy;
    }
    bool operator==(const iterator& other) const { return i_ == other.i_; }

   private:
    const generated* g_ = nullptr;
    std::size_t i_ = 0;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, n_}; }

 private:
  std::size_t n_;
  F f_;
};

/// A vector's elements, iterable only through a non-const range (begin() is not const).
template <class T>
class mutable_only {
 public:
  explicit mutable_only(std::vector<T> v) : v_(std::move(v)) {}
  auto begin() { return v_.begin(); }
  auto end() { return v_.end(); }

 private:
  std::vector<T> v_;
};

}  // namespace test
