#pragma once
// Tables with table-level options (docs/schema.md), hostile on purpose: a reserved word as a table,
// column and index name, a unicode index name, a composite unique key that a composite foreign key
// references, a CHECK of literals, a unique index on a nullable column.
#include <cstdint>
#include <optional>
#include <string>

#include <ctql/ctql.hpp>

#include "support/schema.hpp"

namespace test {

struct orders_t : ctql::table<orders_t, "order"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"select", std::string, ctql::max_length<40>> select_;
  column<"region", int> region;
  column<"number", int> number;
  column<"qty", int, ctql::default_value<1>> qty;
  column<"note", std::optional<std::string>> note;
};
inline constexpr orders_t orders{};

struct lines_t : ctql::table<lines_t, "order_lines"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"region", int> region;
  column<"number", int> number;
  column<"item", std::string> item;
};
inline constexpr lines_t lines{};

/// Unicode table, column and index names (bytes, not characters, count towards 63).
struct years_t : ctql::table<years_t, "año"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"mañana", std::string, ctql::unique> manana;
  column<"größe", std::optional<int>> groesse;
};
inline constexpr years_t years{};

/// For verify_schema's differences: written by hand in raw SQL, slightly wrong, per backend.
struct mini_t : ctql::table<mini_t, "mini"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"name", std::string, ctql::max_length<20>> name;
  column<"qty", int> qty;
  column<"note", std::optional<std::string>> note;
  column<"owner", std::int64_t, ctql::references<&users_t::id>> owner;
};
inline constexpr mini_t mini{};

}  // namespace test

template <>
inline constexpr auto ctql::table_options<test::orders_t> = ctql::options(
    ctql::unique_together(test::orders.region, test::orders.number),        // order_region_number_key
    ctql::index<"group">(test::orders.qty, test::orders.region),            // a reserved word
    ctql::unique_index<"índice_ü">(test::orders.note),                      // unicode; NULLs are distinct
    ctql::check<"qty_positive">(test::orders.qty > ctql::literal<0> && test::orders.select_ != ctql::literal<"it's">));

template <>
inline constexpr auto ctql::table_options<test::lines_t> = ctql::options(
    ctql::foreign_key(test::lines.region, test::lines.number).references(test::orders.region, test::orders.number),
    ctql::index<"lines_by_item">(test::lines.item));

template <>
inline constexpr auto ctql::table_options<test::years_t> =
    ctql::options(ctql::unique_together(test::years.manana, test::years.groesse),
                  ctql::index<"índice_año">(test::years.groesse, test::years.manana));

template <>
inline constexpr auto ctql::table_options<test::mini_t> =
    ctql::options(ctql::unique_together(test::mini.name, test::mini.qty), ctql::index<"mini_by_qty">(test::mini.qty),
                  ctql::check<"mini_qty">(test::mini.qty > ctql::literal<0>));
