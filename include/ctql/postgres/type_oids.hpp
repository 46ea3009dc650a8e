#pragma once
// The PostgreSQL types ctql sends and reads, by type OID (pg_type.h is a server header), their
// names for messages, and the epoch of PostgreSQL's dates and timestamps.
#include <libpq-fe.h>

#include <cstdint>
#include <string>

namespace ctql::postgres_detail {

/// The OIDs of the built-in types ctql reads and writes (pg_type.h is a server header).
namespace oid {
inline constexpr Oid boolean = 16;
inline constexpr Oid bytea = 17;
inline constexpr Oid name = 19;
inline constexpr Oid int8 = 20;
inline constexpr Oid int2 = 21;
inline constexpr Oid int4 = 23;
inline constexpr Oid text = 25;
inline constexpr Oid json = 114;
inline constexpr Oid float4 = 700;
inline constexpr Oid float8 = 701;
inline constexpr Oid unknown = 705;
inline constexpr Oid bpchar = 1042;
inline constexpr Oid varchar = 1043;
inline constexpr Oid date = 1082;
inline constexpr Oid timestamp = 1114;
inline constexpr Oid time = 1083;
inline constexpr Oid timestamptz = 1184;
inline constexpr Oid numeric = 1700;
inline constexpr Oid uuid = 2950;
inline constexpr Oid jsonb = 3802;
}  // namespace oid

/// The SQL name of a type, for messages (compiled_part.hpp).
std::string type_name(Oid type);

/// Dates and timestamps count from 2000-01-01 in PostgreSQL, from 1970-01-01 in std::chrono.
inline constexpr std::int64_t epoch_days = 10957;
inline constexpr std::int64_t epoch_micros = epoch_days * 86'400'000'000;

}  // namespace ctql::postgres_detail
