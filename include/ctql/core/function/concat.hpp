#pragma once
// `concat(users.name, " <", users.email, ">")`: a || b || c on SQLite and PostgreSQL, CONCAT(a, b, c)
// on MySQL. Both give NULL when a part is NULL, so the result is optional if any part is.
#include <string>
#include <type_traits>
#include <utility>

#include "ctql/core/function/function_call.hpp"
#include "ctql/core/meta/type_list.hpp"
#include "ctql/core/render/dialect.hpp"

namespace ctql {

template <class... Parts>
constexpr void concat_needs_text(type_list<Parts...>) {
  static_assert(always_false<Parts...>,
                "ctql: concat() joins strings (text columns or values); cast<std::string>() a number or "
                "a date first");
}

namespace function {
struct concat {
  // As an operator, a || b needs parentheses inside another operator; CONCAT() would not, but
  // whether a node is a leaf cannot depend on the dialect.
  static constexpr bool is_call = false;
  template <class... Parts>
  static constexpr bool never_null = false;
  template <class... Parts>
  using result = null_if_any_t<std::string, Parts...>;
  template <class First, class... Rest, class Ctx>
  static constexpr void render(Ctx& ctx) {
    if constexpr (Ctx::dialect::concat == concat_style::function) {
      ctx.text("CONCAT(");
      render_arguments<First, Rest...>(ctx);
      ctx.text(")");
    } else {
      render_operand<First>(ctx);
      ((ctx.text(" || "), render_operand<Rest>(ctx)), ...);
    }
  }
};
}  // namespace function

/// `concat(users.name, " <", users.email, ">")`: std::string, optional if any part is; the
/// string values are bound parameters.
template <class First, class Second, class... Rest>
constexpr auto concat(First&& first, Second&& second, Rest&&... rest) {
  constexpr bool all_text = argument_category<argument_t<std::string, First>>() == category::text &&
                            argument_category<argument_t<std::string, Second>>() == category::text &&
                            (true && ... && (argument_category<argument_t<std::string, Rest>>() == category::text));
  if constexpr (!all_text) {
    concat_needs_text(type_list<operand_value_t<First>, operand_value_t<Second>, operand_value_t<Rest>...>{});
    return invalid_expression{};
  } else {
    return make_call<function::concat>(argument_as<std::string>(std::forward<First>(first)),
                                       argument_as<std::string>(std::forward<Second>(second)),
                                       argument_as<std::string>(std::forward<Rest>(rest))...);
  }
}

}  // namespace ctql
