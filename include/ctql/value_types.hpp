#pragma once
// The value types beyond the core's (bool, numbers, text, blob, date, timestamp), each in its own
// header, all here: ctql::time_of_day, ctql::uuid, ctql::decimal<P, S>, ctql::json (and
// ctql::json_of<J>, json_path<...>), enums by ctql::enum_names and your own types by
// ctql::value_traits. The nlohmann-json adapter is <ctql/json/nlohmann.hpp>, included only by you.
#include "ctql/core/schema/decimal.hpp"
#include "ctql/core/schema/enum_names.hpp"
#include "ctql/core/schema/json.hpp"
#include "ctql/core/schema/sql_forms.hpp"
#include "ctql/core/schema/time_of_day.hpp"
#include "ctql/core/schema/uuid.hpp"
#include "ctql/core/schema/value_traits.hpp"
