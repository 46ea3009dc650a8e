#pragma once
// ctql::category: what SQL compares with what. Its own header so that a value type declares its
// category (`static constexpr category sql_category = ...`) without the core including it.

namespace ctql {

/// What SQL can compare with what: values of one category compare and assign to each other.
/// `custom`: a type of ctql::value_traits, which compares only with itself (values_comparable).
/// `uuid`, `decimal`, `json`: ctql::uuid, ctql::decimal<P, S>, ctql::json (their own headers).
enum class category { boolean, integral, floating, text, blob, date, timestamp, time, uuid, decimal, json, custom, unknown };

}  // namespace ctql
