// Harness self-test (WILL_FAIL): the CTQL_COMPILE_FAIL block fails to compile, but with another message
// than the one expected, so the driver must report a failure. Does not include ctql on purpose.
// CTQL-EXPECT-ERROR: ctql: this text never appears

template <class T>
inline constexpr bool false_v = false;

template <class T>
void selftest_reject() {
  static_assert(false_v<T>, "something else");
}

#ifdef CTQL_COMPILE_FAIL
void selftest_instantiate() { selftest_reject<int>(); }
#endif
