#pragma once
// `constexpr auto boss = users.as<"boss">();` names the table again for a self-join; its
// columns are `boss[users.name]`, rendered `"boss"."name"`.
#include <string_view>
#include <type_traits>

#include "ctql/core/check.hpp"
#include "ctql/core/clause/join.hpp"
#include "ctql/core/expr/expression_ops.hpp"
#include "ctql/core/meta/fixed_string.hpp"

namespace ctql {

template <class Alias, class Column>
struct aliased_column : expression_tag, expression_ops<aliased_column<Alias, Column>>, leaf_traits {
  using source = Alias;
  using column = Column;
  using value_type = typename Column::value_type;
  static constexpr std::string_view sql_name = Column::sql_name;
  using tables = type_list<Alias>;
  using free_columns = type_list<aliased_column>;
  template <class Ctx>
  static constexpr void render(Ctx& ctx) {
    ctx.identifier(Alias::sql_name);
    ctx.text(".");
    ctx.identifier(Column::sql_name);
  }
};

template <class Table, fixed_string Alias>
struct table_alias : source_ops<table_alias<Table, Alias>> {
  using table = Table;
  static constexpr std::string_view sql_name = Alias.view();

  using provided_tables = type_list<table_alias>;
  using nullable_tables = type_list<>;
  using tables = type_list<>;
  using params = type_list<>;
  using unjoined_on_tables = type_list<>;
  static constexpr bool is_dynamic = false;
  static constexpr bool binds_values = false;
  static constexpr bool uses_full_join = false;

  template <class Ctx>
  static constexpr void render_source(Ctx& ctx) {
    ctx.identifier(Table::sql_name);
    ctx.text(" AS ");
    ctx.identifier(sql_name);
  }
  template <class F>
  constexpr void visit(F&) const {}

  /// `boss[users.name]`
  template <class Column>
  constexpr auto operator[](const Column&) const {
    if constexpr (!std::is_same_v<typename Column::table, Table>) {
      alias_given_column_of_other_table<table_alias, Column>();
      return invalid_expression{};
    } else {
      return aliased_column<table_alias, Column>{};
    }
  }
};

}  // namespace ctql
