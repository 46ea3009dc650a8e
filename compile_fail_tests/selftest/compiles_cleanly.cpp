// Harness self-test (WILL_FAIL): the CTQL_COMPILE_FAIL block compiles, so the driver must report a failure
// even though this file's expectation would match nothing anyway. Does not include ctql on purpose.
// CTQL-EXPECT-ERROR: .*

int selftest_compiles_cleanly() { return 0; }

#ifdef CTQL_COMPILE_FAIL
int selftest_compiles_cleanly_too() { return 1; }
#endif
