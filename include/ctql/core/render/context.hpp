#pragma once
// The state of one rendering pass: output, dialect, placeholder numbering and, at run time,
// the sizes of runtime-sized parts (in(range), values(range)).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "ctql/core/expr/flag.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

template <class Dialect, class Sink, bool Runtime = false>
struct render_context {
  using dialect = Dialect;
  static constexpr bool runtime = Runtime;

  Sink& out;
  unsigned next_placeholder = 1;
  std::span<const std::size_t> dynamic_sizes{};
  std::size_t next_dynamic = 0;
  std::size_t variant = 0;      // which variant of a statement with maybe()/dynamic()/one_of() (expr/node.hpp)
  std::size_t choice_mult = 1;  // where the next choice's digit is in `variant`
  flag_values flags{};          // the statement's named flags in this variant (expr/flag.hpp)

  constexpr void text(std::string_view s) { out.append(s); }

  constexpr void number(std::uint64_t n) {
    char digits[20]{};
    int i = 20;
    do {
      digits[--i] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    out.append(std::string_view(digits + i, static_cast<std::size_t>(20 - i)));
  }

  /// A quoted identifier; a quote character inside the name is doubled.
  constexpr void identifier(std::string_view name) {
    constexpr char q[1] = {Dialect::quote};
    out.append({q, 1});
    std::size_t start = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (name[i] == Dialect::quote) {
        out.append(name.substr(start, i + 1 - start));
        out.append({q, 1});
        start = i + 1;
      }
    }
    out.append(name.substr(start));
    out.append({q, 1});
  }

  constexpr void placeholder() {
    if constexpr (Dialect::placeholders == placeholder_style::dollar_number) {
      out.append("$");
      number(next_placeholder++);
    } else {
      out.append("?");
    }
  }

  /// The digit of the next choice point, which has `radix` options.
  constexpr std::size_t choice(std::size_t radix) {
    const std::size_t digit = variant / choice_mult % radix;
    choice_mult *= radix;
    return digit;
  }
  /// Whether the statement's flag `name` is on in this variant.
  constexpr bool flag_on(std::string_view name) const { return flags.on(name); }
  /// Passes over a part with `count` variants that is not rendered.
  constexpr void skip_choices(std::size_t count) { choice_mult *= count; }

  /// How many elements the next runtime-sized part has (in the order they are rendered).
  constexpr std::size_t dynamic_size() { return dynamic_sizes[next_dynamic++]; }
};

}  // namespace ctql
