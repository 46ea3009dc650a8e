#pragma once
// The tables of the uuid, decimal and json tests: one column of each type, and a nullable one.
#include <cstdint>
#include <optional>

#include <ctql/ctql.hpp>
#include <ctql/value_types.hpp>

namespace test {
struct vt_goods_t : ctql::table<vt_goods_t, "vt_goods"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"ref", ctql::uuid, ctql::unique> ref;
  column<"alt", std::optional<ctql::uuid>> alt;
  column<"price", ctql::decimal<12, 2>> price;
  column<"rate", std::optional<ctql::decimal<18, 6>>> rate;
  column<"meta", ctql::json> meta;
  column<"extra", std::optional<ctql::json>> extra;
};
inline constexpr vt_goods_t vt_goods{};
}  // namespace test
