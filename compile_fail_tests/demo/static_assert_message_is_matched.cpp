// TEMPORARY demo case (to be deleted once real cases exist): proves the positive path of the harness.
// It does not include ctql. The rule: demo_check<T> rejects every T except int, with a ctql: message.
// CTQL-EXPECT-ERROR: ctql: demo: demo_check accepts only int
// CTQL-EXPECT-ERROR: static_assert_message_is_matched\.cpp:[0-9]+

#include <type_traits>

template <class T>
inline constexpr bool always_false = false;

template <class T>
constexpr int demo_check() {
  if constexpr (!std::is_same_v<T, int>) {
    static_assert(always_false<T>, "ctql: demo: demo_check accepts only int; pass an int");
  }
  return 0;
}

inline constexpr int accepted = demo_check<int>();

#ifdef CTQL_COMPILE_FAIL
inline constexpr int rejected = demo_check<double>();
#endif
