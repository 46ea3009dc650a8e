# compile_fail_driver.cmake: run one compile-fail case; passes only if the case fails as it says it will.
#
#   cmake -DCOMPILER=<c++ compiler> -DSOURCE=<case.cpp>
#         [-DFLAGS=<flag;flag...>] [-DINCLUDE_DIRS=<dir;...>] [-DSYSTEM_INCLUDE_DIRS=<dir;...>]
#         -P cmake/compile_fail_driver.cmake
#
# A case file compiles cleanly as it is (compile_fail_tests/CMakeLists.txt builds every case in a control
# target). The line under test sits in an `#ifdef CTQL_COMPILE_FAIL ... #endif` block, and the file has one
# or more lines
#     // CTQL-EXPECT-ERROR: <regex>
# This driver compiles the file with -DCTQL_COMPILE_FAIL and passes only if BOTH
#   - the compiler exits with a non-zero status, AND
#   - every CTQL-EXPECT-ERROR regex matches the compiler's combined stdout+stderr.
# A line `// CTQL-EXPECT-FIRST-ERROR: <regex>` (optional, at most one) also requires the first line
# that says error: to match, for a rule whose message must come before any other error.
# A file without a CTQL_COMPILE_FAIL block or without any CTQL-EXPECT-ERROR line is an error.
#
# The regexes are CMake regular expressions (no \d, no {n}, no non-greedy; ^ and $ anchor the whole output,
# not a line). The compiler runs with LC_ALL=C and without colours, so quotes are plain ' characters.

cmake_minimum_required(VERSION 3.25)

function(fail reason)
  message("compile_fail: FAILED: ${reason}")
  message(FATAL_ERROR "compile_fail: the case did not fail as expected (see above)")
endfunction()

# --- inputs ----------------------------------------------------------------------------------------
if(NOT DEFINED COMPILER OR COMPILER STREQUAL "")
  fail("COMPILER is not set (-DCOMPILER=<c++ compiler>)")
endif()
if(NOT DEFINED SOURCE OR NOT EXISTS "${SOURCE}")
  fail("SOURCE '${SOURCE}' does not exist (-DSOURCE=<case.cpp>)")
endif()

file(READ "${SOURCE}" content)
string(REPLACE "\r" "" content "${content}")

# --- the file must have a CTQL_COMPILE_FAIL block ... ------------------------------------------------
if(NOT content MATCHES "#[ \t]*if(def[ \t]+CTQL_COMPILE_FAIL|[ \t]+defined[ \t]*\\(?[ \t]*CTQL_COMPILE_FAIL)")
  fail("${SOURCE} has no '#ifdef CTQL_COMPILE_FAIL' block: the line under test must be inside one, so the file compiles cleanly without it")
endif()

# --- ... and at least one expectation. Lines are walked by hand, not as a CMake list: a regex such as
# '\[with' would otherwise upset list splitting at ';'.
set(expectation_count 0)
set(rest "${content}")
while(NOT rest STREQUAL "")
  string(FIND "${rest}" "\n" newline)
  if(newline EQUAL -1)
    set(line "${rest}")
    set(rest "")
  else()
    string(SUBSTRING "${rest}" 0 ${newline} line)
    math(EXPR next "${newline} + 1")
    string(SUBSTRING "${rest}" ${next} -1 rest)
  endif()
  if(line MATCHES "^[ \t]*//[ \t]*CTQL-EXPECT-FIRST-ERROR:(.*)$")
    string(STRIP "${CMAKE_MATCH_1}" first_error_regex)
    if(first_error_regex STREQUAL "")
      fail("${SOURCE} has an empty CTQL-EXPECT-FIRST-ERROR line")
    endif()
  endif()
  if(line MATCHES "^[ \t]*//[ \t]*CTQL-EXPECT-ERROR:(.*)$")
    string(STRIP "${CMAKE_MATCH_1}" regex)
    if(regex STREQUAL "")
      fail("${SOURCE} has an empty CTQL-EXPECT-ERROR line")
    endif()
    math(EXPR expectation_count "${expectation_count} + 1")
    set(expectation_${expectation_count} "${regex}")
  endif()
endwhile()
if(expectation_count EQUAL 0)
  fail("${SOURCE} has no '// CTQL-EXPECT-ERROR: <regex>' line: a compile-fail case must say which error it expects")
endif()

# --- compile ---------------------------------------------------------------------------------------
set(command "${COMPILER}" -std=c++20 -fsyntax-only -DCTQL_COMPILE_FAIL -fdiagnostics-color=never ${FLAGS})
foreach(dir IN LISTS INCLUDE_DIRS)
  list(APPEND command "-I${dir}")
endforeach()
foreach(dir IN LISTS SYSTEM_INCLUDE_DIRS)
  list(APPEND command -isystem "${dir}")
endforeach()
list(APPEND command "${SOURCE}")

set(ENV{LC_ALL} C)   # plain ASCII quotes in diagnostics, whatever the user's locale
execute_process(COMMAND ${command}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)   # the same variable for both: merged in the order produced

list(JOIN command " " command_text)
message("compile_fail: ${SOURCE}")
message("compile_fail: command: ${command_text}")

if(NOT exit_code MATCHES "^-?[0-9]+$")
  fail("could not run the compiler: ${exit_code}")
endif()

# --- report: exit status, diagnostic length, first error, the first lines of output ----------------
string(REGEX MATCHALL "\n" newlines "${output}")
list(LENGTH newlines output_lines)
if(NOT output STREQUAL "" AND NOT output MATCHES "\n$")
  math(EXPR output_lines "${output_lines} + 1")
endif()
message("compile_fail: exit code ${exit_code}, ${output_lines} lines of compiler output")
string(REGEX MATCH "[^\n]*error:[^\n]*" first_error "${output}")
if(NOT first_error STREQUAL "")
  if(first_error MATCHES "ctql: ")
    message("compile_fail: first error (a ctql: message): ${first_error}")
  else()
    message("compile_fail: first error (NOT a ctql: message): ${first_error}")
  endif()
endif()

set(shown_lines 60)
set(shown "${output}")
set(position 0)
foreach(i RANGE 1 ${shown_lines})
  string(FIND "${shown}" "\n" newline)
  if(newline EQUAL -1)
    break()
  endif()
  math(EXPR position "${position} + ${newline} + 1")
  math(EXPR next "${newline} + 1")
  string(SUBSTRING "${shown}" ${next} -1 shown)
endforeach()
if(output_lines GREATER shown_lines)
  string(SUBSTRING "${output}" 0 ${position} head)
  math(EXPR hidden "${output_lines} - ${shown_lines}")
  message("----- compiler output (first ${shown_lines} of ${output_lines} lines) -----\n${head}----- (${hidden} more lines) -----")
else()
  message("----- compiler output -----\n${output}----- end of compiler output -----")
endif()

# --- verdict ---------------------------------------------------------------------------------------
set(failures "")
if(exit_code EQUAL 0)
  string(APPEND failures "\n  - the file COMPILED with -DCTQL_COMPILE_FAIL (exit code 0): the rule under test is not enforced")
endif()
foreach(i RANGE 1 ${expectation_count})
  if(output MATCHES "${expectation_${i}}")
    message("compile_fail: matched    CTQL-EXPECT-ERROR: ${expectation_${i}}")
  else()
    message("compile_fail: NOT MATCHED CTQL-EXPECT-ERROR: ${expectation_${i}}")
    string(APPEND failures "\n  - no match in the compiler output for CTQL-EXPECT-ERROR: ${expectation_${i}}")
  endif()
endforeach()

if(DEFINED first_error_regex)
  if(first_error MATCHES "${first_error_regex}")
    message("compile_fail: matched    CTQL-EXPECT-FIRST-ERROR: ${first_error_regex}")
  else()
    message("compile_fail: NOT MATCHED CTQL-EXPECT-FIRST-ERROR: ${first_error_regex}")
    string(APPEND failures "\n  - the first error does not match CTQL-EXPECT-FIRST-ERROR: ${first_error_regex}")
  endif()
endif()

if(NOT failures STREQUAL "")
  fail("${SOURCE}:${failures}")
endif()
message("compile_fail: PASSED (non-zero exit and ${expectation_count} expected error(s) matched)")
