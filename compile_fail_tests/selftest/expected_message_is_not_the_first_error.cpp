// Harness self-test (WILL_FAIL): the expected message appears, but after another error, so
// CTQL-EXPECT-FIRST-ERROR must make the driver report a failure. Does not include ctql on purpose.
// CTQL-EXPECT-ERROR: ctql: the expected message
// CTQL-EXPECT-FIRST-ERROR: ctql: the expected message

template <class T>
inline constexpr bool false_v = false;

template <class T>
void selftest_report() {
  static_assert(false_v<T>, "ctql: the expected message");
}

#ifdef CTQL_COMPILE_FAIL
void selftest_two_errors() {
  int selftest_value = "not an int";  // an error before the message: both compilers report it first
  selftest_report<int>();
}
#endif
