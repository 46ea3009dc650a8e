#pragma once
// `count(posts.id).as<"post_count">()`: a select-list item with a name. Ordering by it,
// `order_by(n.desc())` or `order_by(n)`, writes its name, not its expression again (the name is
// checked to be in the select list: clause/order_by.hpp).
#include <string_view>
#include <type_traits>

#include "ctql/core/expr/node.hpp"
#include "ctql/core/expr/sort_order.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

struct named_tag {};

/// A named select item as order_by() refers to it: its quoted name. It uses no table and binds
/// nothing (its expression is in the select list, where the rules check it).
template <class Named>
struct name_reference : leaf_traits {
  using named_type = Named;
  using value_type = typename Named::value_type;
  /// What NULLS FIRST/LAST emulated as `x IS NULL` tests: the name, or an aggregate's expression
  /// (MySQL takes no aggregate's name inside an expression).
  using null_tested = std::conditional_t<Named::has_aggregate, typename Named::operand_type, name_reference>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.identifier(Named::alias);
  }
};

template <class T>
inline constexpr bool is_name_reference = false;
template <class Named>
inline constexpr bool is_name_reference<name_reference<Named>> = true;

template <class Operand, fixed_string Alias>
struct named_expression : named_tag, composite_traits<Operand> {
  using value_type = typename Operand::value_type;
  using operand_type = Operand;
  static constexpr bool never_null = Operand::never_null;
  /// `dynamic(flag, x).as<name>()` is a select() item as dynamic(flag, x) is (query/variants.hpp).
  static constexpr bool is_variant_item = requires { requires Operand::is_variant_item; };
  static constexpr std::string_view alias = Alias.view();
  Operand operand;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    render_operand<Operand>(ctx);
    ctx.text(" AS ");
    ctx.identifier(alias);
  }
  template <class F>
  constexpr void visit(F& f) const {
    visit_part(operand, f);
  }
  /// `order_by(n.asc())`: ORDER BY "n" ASC
  constexpr sort_item<name_reference<named_expression>, false> asc() const { return {}; }
  /// `order_by(n.desc())`: ORDER BY "n" DESC
  constexpr sort_item<name_reference<named_expression>, true> desc() const { return {}; }
};

}  // namespace ctql
