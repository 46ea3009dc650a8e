#pragma once
// ctql::category: what SQL compares with what. Its own header so that a value_traits
// specialization declares its category (`static constexpr category sql_category = ...`) with
// nothing else included.

namespace ctql {

/// What SQL can compare with what: values of one category compare and assign to each other.
/// `custom`: a type of ctql::value_traits that says no other, which compares only with itself
/// (values_comparable). `uuid`, `decimal`, `json`: what value_traits of ctql::uuid,
/// ctql::decimal<P, S>, ctql::json and json_of<J> say (their own headers).
enum class category { boolean, integral, floating, text, blob, date, timestamp, time, uuid, decimal, json, custom, unknown };

}  // namespace ctql
