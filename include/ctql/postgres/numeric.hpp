#pragma once
// PostgreSQL's binary NUMERIC (base-10000 digits with a weight and a display scale), read exactly:
// as decimal text, or as an integer when it has no fractional part. SUM of bigint and AVG give
// NUMERIC, and ctql's uint64 columns are NUMERIC(20).
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

namespace ctql::postgres_detail {

/// Big-endian (network order) integers as PostgreSQL sends them in binary format.
template <class U>
U load_big_endian(const char* p) noexcept {
  U v = 0;
  for (std::size_t i = 0; i < sizeof(U); ++i) v = static_cast<U>((v << 8) | static_cast<unsigned char>(p[i]));
  return v;
}

/// A NUMERIC's header and digits, as numeric_send writes them.
class numeric_view {
 public:
  /// False when the bytes are not a NUMERIC's binary form.
  bool parse(const char* p, int length) noexcept {
    if (length < 8) return false;
    ndigits_ = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(p));
    weight_ = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(p + 2));
    sign_ = load_big_endian<std::uint16_t>(p + 4);
    dscale_ = static_cast<std::int16_t>(load_big_endian<std::uint16_t>(p + 6));
    digits_ = p + 8;
    if (ndigits_ < 0 || dscale_ < 0 || length != 8 + 2 * ndigits_) return false;
    for (int i = 0; i < ndigits_; ++i)
      if (digit(i) > 9999) return false;
    return sign_ == positive || sign_ == negative || sign_ == nan || sign_ == plus_infinity || sign_ == minus_infinity;
  }

  bool is_nan() const noexcept { return sign_ == nan; }
  bool is_infinite() const noexcept { return sign_ == plus_infinity || sign_ == minus_infinity; }
  bool is_negative() const noexcept { return sign_ == negative || sign_ == minus_infinity; }

  /// The exact decimal text, as PostgreSQL prints it: "-12.50", "NaN", "Infinity".
  std::string text() const {
    if (is_nan()) return "NaN";
    if (is_infinite()) return is_negative() ? "-Infinity" : "Infinity";
    std::string out;
    if (is_negative()) out += '-';
    if (weight_ < 0) {
      out += '0';
    } else {
      for (int power = weight_; power >= 0; --power) {
        const unsigned d = digit_at(power);
        if (power == weight_) out += std::to_string(d);
        else append_group(out, d);
      }
    }
    if (dscale_ > 0) {
      std::string fraction;
      for (int power = -1; static_cast<int>(fraction.size()) < dscale_; --power) append_group(fraction, digit_at(power));
      out += '.';
      out.append(fraction, 0, static_cast<std::size_t>(dscale_));
    }
    return out;
  }

  /// Whether the finite value's magnitude exceeds `bound` (fractional digits count: 2^53 + 0.5 does).
  bool magnitude_exceeds(std::uint64_t bound) const noexcept {
    std::uint64_t whole = 0;
    for (int power = weight_; power >= 0; --power) {
      if (whole > (std::numeric_limits<std::uint64_t>::max() - digit_at(power)) / 10000) return true;
      whole = whole * 10000 + digit_at(power);
    }
    if (whole != bound) return whole > bound;
    for (int i = 0; i < ndigits_; ++i)
      if (weight_ - i < 0 && digit(i) != 0) return true;
    return false;
  }

  enum class integer_status { ok, fractional, overflow, not_finite };
  /// The magnitude of an integral value (its sign is is_negative()).
  integer_status magnitude(std::uint64_t& out) const noexcept {
    if (is_nan() || is_infinite()) return integer_status::not_finite;
    std::uint64_t v = 0;
    for (int i = 0; i < ndigits_; ++i) {
      if (weight_ - i < 0) {
        if (digit(i) != 0) return integer_status::fractional;
        continue;
      }
      if (v > (std::numeric_limits<std::uint64_t>::max() - digit(i)) / 10000) return integer_status::overflow;
      v = v * 10000 + digit(i);
    }
    // Groups after the last stored digit and before the decimal point are zeros.
    for (int power = weight_ - ndigits_; power >= 0 && ndigits_ > 0; --power) {
      if (v > std::numeric_limits<std::uint64_t>::max() / 10000) return integer_status::overflow;
      v *= 10000;
    }
    out = v;
    return integer_status::ok;
  }

 private:
  static constexpr std::uint16_t positive = 0x0000, negative = 0x4000, nan = 0xC000, plus_infinity = 0xD000,
                                 minus_infinity = 0xF000;
  unsigned digit(int i) const noexcept { return load_big_endian<std::uint16_t>(digits_ + 2 * i); }
  /// The base-10000 digit worth 10000^power.
  unsigned digit_at(int power) const noexcept {
    const int i = weight_ - power;
    return i >= 0 && i < ndigits_ ? digit(i) : 0;
  }
  static void append_group(std::string& out, unsigned d) {
    const char group[4] = {static_cast<char>('0' + d / 1000), static_cast<char>('0' + d / 100 % 10),
                           static_cast<char>('0' + d / 10 % 10), static_cast<char>('0' + d % 10)};
    out.append(group, 4);
  }

  std::int16_t ndigits_ = 0;
  std::int16_t weight_ = 0;
  std::uint16_t sign_ = 0;
  std::int16_t dscale_ = 0;
  const char* digits_ = nullptr;
};

}  // namespace ctql::postgres_detail
