#pragma once
// A reference to a callable, called through a pointer: code that takes a statement's own step
// (binding its values, sending it) as a call_ref is compiled once per connector, not once per
// statement type. A call through a pointer costs a few instructions; take it where a statement
// costs far more (a round trip to a server). The callable must outlive the call_ref.
#include <type_traits>

namespace ctql::detail {

template <class Signature>
class call_ref;

template <class... Args>
class call_ref<void(Args...)> {
 public:
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, call_ref>)
  call_ref(const F& f) noexcept  // NOLINT: implicit, as std::function_ref would be
      : f_(&f), call_([](const void* g, Args... args) { (*static_cast<const F*>(g))(args...); }) {}
  void operator()(Args... args) const { call_(f_, args...); }

 private:
  const void* f_;
  void (*call_)(const void*, Args...);
};

}  // namespace ctql::detail
