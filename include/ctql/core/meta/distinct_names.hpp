#pragma once
// Whether a list of names (CTEs, a derived table's columns, named arguments, enum names) has none
// twice: the one loop the rules that need it share.
#include <cstddef>
#include <string_view>

namespace ctql::detail {

/// Whether no two of names[0..count) are equal; with `skip_empty`, empty names do not count.
constexpr bool no_name_twice(const std::string_view* names, std::size_t count, bool skip_empty = false) {
  for (std::size_t i = 0; i < count; ++i)
    for (std::size_t j = i + 1; j < count; ++j)
      if (names[i] == names[j] && !(skip_empty && names[i].empty())) return false;
  return true;
}

}  // namespace ctql::detail
