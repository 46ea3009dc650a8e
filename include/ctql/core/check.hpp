#pragma once
// The ctql: diagnostics shared by several parts (expressions, inserts, running statements); a
// clause's own messages are in its file under core/clause/. Each reporter is one static_assert
// that depends on the offending types, which the compiler shows in its "[with ...]" line; a
// reporter is called only where its rule has already failed.
#include "ctql/core/meta/type_list.hpp"

namespace ctql {

/// A column's name, "table.column", as characters: both g++ and clang print a char pack
/// readably in a diagnostic's "[with ...]" line, where clang shows a string argument as numbers.
template <char... QualifiedName>
struct column_named {};

template <class Dialect>
constexpr void dialect_has_no_full_join() {
  static_assert(always_false<Dialect>,
                "ctql: MySQL has no FULL OUTER JOIN (MariaDB neither); use a LEFT JOIN ... UNION ... RIGHT JOIN");
}

template <class Dialect>
constexpr void dialect_has_no_returning() {
  static_assert(always_false<Dialect>,
                "ctql: MySQL has no RETURNING; run a select after the statement (last_insert_id "
                "gives an inserted row's key)");
}

/// The dialect has RETURNING after INSERT and DELETE but not after UPDATE.
template <class Dialect>
constexpr void dialect_has_no_update_returning() {
  static_assert(always_false<Dialect>,
                "ctql: MariaDB has no UPDATE ... RETURNING (only INSERT ... RETURNING and DELETE ... "
                "RETURNING); run a select of the rows after the update, in the same transaction");
}

/// The dialect's upsert has no DO NOTHING (ctql writes a no-op update), so RETURNING after it would
/// give the existing row.
template <class Dialect>
constexpr void dialect_has_no_excluded_after_select() {
  static_assert(always_false<Dialect>,
                "ctql: on MySQL 8, excluded() after INSERT ... SELECT has no spelling ctql writes (the row alias "
                "AS new is not allowed after a SELECT, and VALUES() is deprecated); on MariaDB use ctql::mariadb, "
                "or assign values that do not read excluded()");
}

template <class Dialect>
constexpr void dialect_has_no_do_nothing_returning() {
  static_assert(always_false<Dialect>,
                "ctql: on MariaDB, do_nothing() is a no-op ON DUPLICATE KEY UPDATE, so returning() after it "
                "would give the existing row where SQLite and PostgreSQL give none; use do_update(...) with "
                "returning(), or run the insert and then a select");
}

template <class Left, class Right>
constexpr void arithmetic_needs_numbers() {
  static_assert(always_false<Left, Right>,
                "ctql: + - * / need numeric operands (an integer or floating-point column or value)");
}

template <class Column>
constexpr void nullopt_assigned_to_not_null_column() {
  static_assert(always_false<Column>,
                "ctql: this column is NOT NULL, so it cannot be set to std::nullopt; "
                "make its type std::optional<T> to allow NULL");
}

template <class Column, class Value>
constexpr void incompatible_assignment() {
  static_assert(always_false<Column, Value>,
                "ctql: cannot assign this value to the column: the types are incompatible "
                "(e.g. a string to a number column, or a double to an integer column); "
                "assign a value of the column's type");
}

template <class Column, class Value>
constexpr void optional_assigned_to_not_null_column() {
  static_assert(always_false<Column, Value>,
                "ctql: this column is NOT NULL, so it cannot be set from a std::optional; "
                "assign a plain value, or make the column std::optional<T>");
}

template <class Left, class Right>
constexpr void incompatible_comparison() {
  static_assert(always_false<Left, Right>,
                "ctql: cannot compare values of incompatible types (e.g. a number column with a "
                "string); compare with a value of the column's type");
}

template <class Expression>
constexpr void compared_with_nullopt() {
  static_assert(always_false<Expression>,
                "ctql: comparing with std::nullopt is never true in SQL (NULL = NULL is NULL); "
                "use .is_null() or .is_not_null()");
}

template <class Left, class Right>
constexpr void two_untyped_parameters() {
  static_assert(always_false<Left, Right>,
                "ctql: a param<> needs a type from the other side; compare it with a column or "
                "an expression, not with another param<>");
}

template <class Query>
constexpr void in_subquery_needs_one_column() {
  static_assert(always_false<Query>,
                "ctql: in(subquery) needs a subquery that selects exactly one column");
}

template <class Operand>
constexpr void like_needs_text() {
  static_assert(always_false<Operand>,
                "ctql: like() applies to a string expression and takes a string pattern");
}

template <class Operand>
constexpr void logical_operand_not_boolean() {
  static_assert(always_false<Operand>,
                "ctql: &&, || and ! need boolean operands (comparisons, like(), is_null(), "
                "a bool column); compare the value with something first");
}

template <class Operand>
constexpr void aggregate_needs_expression() {
  static_assert(always_false<Operand>,
                "ctql: an aggregate takes a column or an expression, not a C++ value");
}

template <class First, class Value>
constexpr void case_branches_incompatible() {
  static_assert(always_false<First, Value>,
                "ctql: the branches of case_when() must have compatible types (all numbers, all "
                "strings, ...)");
}

template <class... MissingColumns>
constexpr void insert_misses_required_column(type_list<MissingColumns...>) {
  static_assert(always_false<MissingColumns...>,
                "ctql: this insert leaves out a NOT NULL column that has no default; give it a "
                "value (column_named<...> below spells out which)");
}

template <class Argument>
constexpr void set_takes_assignments() {
  static_assert(always_false<Argument>,
                "ctql: set() takes assignments such as users.age = 30 (one =, not ==)");
}

template <class Table, class Column>
constexpr void column_of_other_table() {
  static_assert(always_false<Table, Column>,
                "ctql: this statement sets a column of another table; use columns of the table "
                "given to insert_into() or update()");
}

template <class Row, class... Columns>
constexpr void values_row_does_not_match_columns() {
  static_assert(always_false<Row, Columns...>,
                "ctql: values() needs a range of tuples with one element per column in "
                "columns(...), each of a type the column accepts");
}

template <class... Tables>
constexpr void inserted_value_reads_column(type_list<Tables...>) {
  static_assert(always_false<Tables...>,
                "ctql: a value in insert_into().set() cannot read a column; give a value or a "
                "param<>");
}

template <class Clause>
constexpr void clause_given_twice() {
  static_assert(always_false<Clause>,
                "ctql: this clause is already given; combine conditions with && and list several "
                "columns in one call");
}

template <class Q>
constexpr void statement_has_runtime_part() {
  static_assert(always_false<Q>,
                "ctql: this statement has a runtime-sized part (in(range) or values(range)), so "
                "its SQL exists only at run time; use ctql::runtime_sql<Dialect>(statement)");
}

template <class Q>
constexpr void sql_takes_statement() {
  static_assert(always_false<Q>,
                "ctql: sql<Dialect>() takes a statement: select(...).from(...), insert_into(...), "
                "update(...) or delete_from(...)");
}

template <class... Parameters>
constexpr void param_used_with_two_types(type_list<Parameters...>) {
  static_assert(always_false<Parameters...>,
                "ctql: one param<> name is used where two different types are expected; give "
                "each use its own name");
}

template <class Alias, class Column>
constexpr void alias_given_column_of_other_table() {
  static_assert(always_false<Alias, Column>,
                "ctql: alias[column] takes a column of the aliased table");
}

template <class Left, class Right>
constexpr void modulus_needs_integers() {
  static_assert(always_false<Left, Right>, "ctql: % needs integer operands");
}

template <class Query>
constexpr void exists_needs_subquery() {
  static_assert(always_false<Query>, "ctql: exists() takes a select statement");
}

template <class Operand>
constexpr void aggregate_of_aggregate() {
  static_assert(always_false<Operand>, "ctql: an aggregate cannot contain another aggregate");
}

template <class Operand>
constexpr void aggregate_needs_numbers() {
  static_assert(always_false<Operand>, "ctql: sum() and avg() need a numeric expression");
}

template <class Condition>
constexpr void case_condition_not_boolean() {
  static_assert(always_false<Condition>, "ctql: case_when() and when() need a boolean condition");
}

template <class Column>
constexpr void column_given_twice() {
  static_assert(always_false<Column>, "ctql: the same column is given twice");
}

template <class Column>
constexpr void columns_takes_columns() {
  static_assert(always_false<Column>, "ctql: columns() takes columns of the table, e.g. users.name");
}

template <class Q>
constexpr void statement_needs_prepare() {
  static_assert(always_false<Q>,
                "ctql: this statement has param<> placeholders; run it with db.prepare(statement)(arguments...)");
}

template <class Q>
constexpr void run_takes_statement() {
  static_assert(always_false<Q>,
                "ctql: db(...) runs a statement: select(...).from(...), insert_into(...), update(...), "
                "delete_from(...) or ctql::text<...>(\"...\")");
}

template <class Q>
constexpr void prepare_takes_statement() {
  static_assert(always_false<Q>,
                "ctql: prepare() takes a statement: select(...), insert_into(...), update(...) or delete_from(...)");
}

template <class T, class Row>
constexpr void as_needs_matching_aggregate() {
  static_assert(always_false<T, Row>,
                "ctql: as<T>() needs an aggregate whose members, in order, can be initialised from "
                "the selected columns (see Row)");
}

template <class Column>
constexpr void on_conflict_needs_unique_column() {
  static_assert(always_false<Column>,
                "ctql: on_conflict() takes the table's primary key or a unique column (a conflict "
                "can only happen on one of those)");
}

template <class Dialect>
constexpr void immediate_transaction_unsupported() {
  static_assert(always_false<Dialect>,
                "ctql: transaction(ctql::immediate) is SQLite's BEGIN IMMEDIATE; this database locks rows as they "
                "are written, so use transaction()");
}

template <class... Named, class... Key>
constexpr void on_conflict_names_part_of_the_key(type_list<Named...>, type_list<Key...>) {
  static_assert(always_false<type_list<Named...>, type_list<Key...>>,
                "ctql: on_conflict() names only part of the table's composite primary key; a conflict is on "
                "the whole key: name all its columns, e.g. on_conflict(t.a, t.b)");
}
template <class... Named>
constexpr void on_conflict_names_a_column_twice(type_list<Named...>) {
  static_assert(always_false<Named...>, "ctql: on_conflict() names a column twice; name each key column once");
}
template <class... Named>
constexpr void on_conflict_names_two_keys(type_list<Named...>) {
  static_assert(always_false<Named...>,
                "ctql: on_conflict() names columns of more than one unique key; name one: the primary key "
                "(all its columns) or one unique column");
}

template <class... OtherTables>
constexpr void upsert_uses_other_table(type_list<OtherTables...>) {
  static_assert(always_false<OtherTables...>,
                "ctql: do_update() can only read the inserted table's columns and excluded(column)");
}

template <class Value>
constexpr void compared_with_optional_value() {
  static_assert(always_false<Value>,
                "ctql: comparing with a std::optional value is never true in SQL when it is empty; "
                "compare with the value inside it, or use .is_null()");
}

template <class Range>
constexpr void range_read_once() {
  static_assert(always_false<Range>,
                "ctql: in(range) and values(range) read the range twice (to size the statement, "
                "then to bind it): give a forward range, such as a std::vector or a view of one");
}

template <class Column>
constexpr void identity_key_needs_signed_integer() {
  static_assert(always_false<Column>,
                "ctql: PostgreSQL assigns keys only to signed integer columns (an identity column); "
                "make the primary key std::int64_t");
}

}  // namespace ctql
