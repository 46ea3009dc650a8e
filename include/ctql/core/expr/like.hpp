#pragma once
// `users.name.like("A%")`: % is any text, _ any one character, and a backslash escapes %, _ and
// itself on every dialect (`like("100\\%")` is the text 100%); ctql::escape_like(text) escapes a
// text that is to match as it is.
#include <string>
#include <string_view>
#include <utility>

#include "ctql/core/check.hpp"
#include "ctql/core/expr/comparison_check.hpp"

namespace ctql {

template <class Operand, class Pattern>
struct like_node : expression_tag, composite_traits<Operand, Pattern> {
  using value_type = predicate_value_t<Operand, Pattern>;
  Operand operand;
  Pattern pattern;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" LIKE ");
    render_operand<Pattern>(ctx);
    ctx.text(Ctx::dialect::like_escape);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
    visit_part(pattern, f);
  }
};

template <class Operand, class P>
constexpr auto make_like(const Operand& operand, P&& pattern) {
  if constexpr (category_of<typename Operand::value_type>() != category::text) {
    like_needs_text<typename Operand::value_type>();
    return invalid_expression{};
  } else if constexpr (!check_comparable<Operand, P>()) {
    return invalid_expression{};
  } else {
    auto p = operand_against<Operand>(std::forward<P>(pattern));
    return like_node<Operand, decltype(p)>{{}, {}, operand, p};
  }
}

/// `text` as a LIKE pattern that matches just that text: a backslash before each %, _ and backslash.
/// `users.name.like("%" + ctql::escape_like(search) + "%")` finds names containing `search`.
inline std::string escape_like(std::string_view text) {
  std::string pattern;
  pattern.reserve(text.size());
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern;
}

}  // namespace ctql
