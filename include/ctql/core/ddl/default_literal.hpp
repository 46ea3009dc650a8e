#pragma once
// Renders a default_value<V> as SQL text. Defaults come from the schema, not from user data,
// so DDL is the one place a literal is written into SQL (strings quoted, quotes doubled).
#include <bit>
#include <cstddef>
#include <cstdint>

#include "ctql/core/schema/constraint.hpp"

namespace ctql {

namespace detail {
template <class Ctx>
constexpr void render_double(Ctx& ctx, std::uint64_t bits) {
  const bool negative = (bits >> 63) != 0;
  const int exponent_bits = static_cast<int>((bits >> 52) & 0x7ff);
  std::uint64_t mantissa = bits & ((std::uint64_t{1} << 52) - 1);
  if (exponent_bits == 0x7ff) throw "ctql: default_value cannot be infinite or NaN";
  int exponent = exponent_bits == 0 ? -1074 : exponent_bits - 1075;
  if (exponent_bits != 0) mantissa |= std::uint64_t{1} << 52;
  if (negative) ctx.text("-");
  if (mantissa == 0) {
    ctx.text("0.0");
    return;
  }
  while (exponent < 0 && (mantissa & 1) == 0) {
    mantissa >>= 1;
    ++exponent;
  }
  // value = mantissa * 2^exponent, written out exactly (a binary fraction has a finite decimal
  // expansion); limited to what fits in 64-bit arithmetic.
  if (exponent >= 0) {
    if (exponent > 10) throw "ctql: default_value is too large; use a value below 2^63";
    ctx.number(mantissa << exponent);
    ctx.text(".0");
    return;
  }
  const int shift = -exponent;
  if (shift > 60) throw "ctql: default_value needs too many binary digits; use a shorter number";
  const std::uint64_t mask = (std::uint64_t{1} << shift) - 1;
  ctx.number(mantissa >> shift);
  ctx.text(".");
  std::uint64_t fraction = mantissa & mask;
  while (fraction != 0) {
    fraction *= 10;
    const char digit[1] = {static_cast<char>('0' + (fraction >> shift))};
    ctx.text({digit, 1});
    fraction &= mask;
  }
}
}  // namespace detail

template <class Ctx, std::size_t N>
constexpr void render_default_literal(Ctx& ctx, const default_literal<N>& v) {
  using kind = typename default_literal<N>::kind_t;
  switch (v.kind) {
    case kind::boolean:
      ctx.text(v.integer != 0 ? "TRUE" : "FALSE");
      break;
    case kind::integer:
      if (v.integer < 0) {
        ctx.text("-");
        ctx.number(static_cast<std::uint64_t>(-(v.integer + 1)) + 1);
      } else {
        ctx.number(static_cast<std::uint64_t>(v.integer));
      }
      break;
    case kind::unsigned_integer:
      ctx.number(v.bits);
      break;
    case kind::floating:
      detail::render_double(ctx, v.bits);
      break;
    case kind::text: {
      ctx.text("'");
      for (std::size_t i = 0; i + 1 < N; ++i) {
        const char c[1] = {v.text[i]};
        ctx.text({c, 1});
        if (v.text[i] == '\'') ctx.text("'");
        if (v.text[i] == '\\' && Ctx::dialect::backslash_escapes) ctx.text("\\");
      }
      ctx.text("'");
      break;
    }
  }
}

}  // namespace ctql
