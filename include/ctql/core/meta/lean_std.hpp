#pragma once
// The parts of C++20's largest standard headers that ctql uses, without the rest of them.
// <chrono> also brings calendars, time zones, formatting and iostreams; <ranges> every view and
// adaptor; <functional> searchers, hash tables and algorithms; <algorithm> the ranges:: algorithms. Together they were 0.25 s of every
// translation unit that includes ctql (scripts/bench-compile include_sqlite, docs/benchmarks.md).
// libstdc++ keeps what ctql uses in smaller headers of its own: durations, time points, floor() and
// the clocks; the range concepts, begin/end/size/distance; reference_wrapper; std::function;
// std::min, std::max and std::find.
// With another standard library, or with CTQL_FULL_STANDARD_HEADERS defined, the standard headers
// themselves are used; they include these smaller ones, so what compiles here compiles there.
// Programs include what they use themselves: one that writes `std::chrono::year{2024} / 3 / 1`
// includes <chrono>.
#include <cstddef>  // defines __GLIBCXX__ when the standard library is libstdc++

#if defined(__GLIBCXX__) && !defined(CTQL_FULL_STANDARD_HEADERS) && __has_include(<bits/chrono.h>) && \
    __has_include(<bits/ranges_base.h>) && __has_include(<bits/refwrap.h>) && __has_include(<bits/std_function.h>) && \
    __has_include(<bits/stl_algo.h>)
#include <iterator>  // what <bits/ranges_base.h> needs beside it

#include <bits/chrono.h>
#include <bits/ranges_base.h>
#include <bits/refwrap.h>
#include <bits/std_function.h>
#include <bits/stl_algo.h>
#else
#include <algorithm>
#include <chrono>
#include <functional>
#include <ranges>
#endif
