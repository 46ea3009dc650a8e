#pragma once
// ctql-gen: a CHECK's condition, as a database gives it back, written as the ctql::check<> argument
// a person would write, or the reason it cannot be.
//   PostgreSQL  pg_get_constraintdef:  CHECK ((((qty >= '-5'::integer) AND (name ~~ 'x%'::text)))
//   MariaDB     CHECK_CLAUSE:          `qty` >= -5 and `name` like 'x%'
//   SQLite      the CREATE TABLE text: CONSTRAINT "k" CHECK (("qty" >= -5) AND ("name" LIKE 'x%'))
// The subset is what ctql::check<> can express with ctql::literal<V>: comparisons of columns, literals
// and the functions length/lower/upper/trim/abs; AND, OR, NOT; IS [NOT] NULL; [NOT] BETWEEN; [NOT] IN
// (a list); [NOT] LIKE. Anything else is a `reason`, which ctql-gen writes as a comment.
#include <cctype>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cpp_string.hpp"

namespace gen::check_condition {

using std::string;
using std::string_view;

/// What a value is, for the literal next to it: ctql compares within a family.
enum class kind { condition, boolean, integer, floating, text, other, null };

/// A column as the table has it: its C++ expression (ns::orders.qty) and its family.
struct column_ref {
  string code;
  kind value;
  string type_name;  // for a message: "ctql::date"
};

/// The C++ text of the condition, or why there is none.
struct result {
  std::optional<string> code;
  string reason;
};

struct unsupported {
  string reason;
};

struct token {
  enum type_t { end, word, identifier, number, text, symbol } type = end;
  string value;        // unquoted for identifier and text
  std::size_t at = 0;  // offset in the text
  std::size_t stop = 0;
};

/// SQL text as tokens. MariaDB and MySQL escape with backslashes inside strings.
inline std::vector<token> tokenize(string_view s, bool backslash_escapes, bool brackets_quote) {
  std::vector<token> out;
  std::size_t i = 0;
  auto quoted = [&](char close, bool backslash) {
    string v;
    for (++i;; ++i) {
      if (i >= s.size()) throw unsupported{"an unterminated quote"};
      if (backslash && s[i] == '\\' && i + 1 < s.size()) {
        const char c = s[++i];
        v += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '0' ? '\0' : c;
        continue;
      }
      if (s[i] == close) {
        if (i + 1 < s.size() && s[i + 1] == close && close != ']') {
          v += close;
          ++i;
          continue;
        }
        ++i;
        return v;
      }
      v += s[i];
    }
  };
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    // Comments (a CREATE TABLE text SQLite keeps as it was written may hold them).
    if (s.substr(i, 2) == "--") {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (s.substr(i, 2) == "/*") {
      const auto close = s.find("*/", i + 2);
      i = close == string_view::npos ? s.size() : close + 2;
      continue;
    }
    token t;
    t.at = i;
    if (c == '\'') {
      t.type = token::text;
      t.value = quoted('\'', backslash_escapes);
    } else if (c == '"' || c == '`' || (c == '[' && brackets_quote)) {
      t.type = token::identifier;
      t.value = quoted(c == '[' ? ']' : static_cast<char>(c), false);
    } else if (std::isdigit(c) || (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      t.type = token::number;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) t.value += s[i++];
      if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        t.value += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) t.value += s[i++];
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) t.value += s[i++];
      }
    } else if (std::isalpha(c) || c == '_' || c >= 0x80) {
      t.type = token::word;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '$' ||
                              static_cast<unsigned char>(s[i]) >= 0x80))
        t.value += s[i++];
      // MySQL 8 writes string literals with their character set: _utf8mb4'a'.
      if (t.value[0] == '_' && i < s.size() && s[i] == '\'') continue;
    } else {
      t.type = token::symbol;
      static const char* const symbols[] = {"!~~*", "!~~", "~~*", "::", "<>", "!=", "<=", ">=", "||", "~~"};
      for (const char* sym : symbols)
        if (s.substr(i, string_view(sym).size()) == sym) {
          t.value = sym;
          break;
        }
      if (t.value.empty()) t.value = string(1, static_cast<char>(c));
      i += t.value.size();
    }
    t.stop = i;
    out.push_back(std::move(t));
  }
  token e;
  e.at = e.stop = s.size();
  out.push_back(e);
  return out;
}

inline string lower(string_view s) {
  string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// A node of the condition.
struct node {
  enum type_t { column, number, text, boolean, null, call, compare, all, any, negate, is_null, between, in, like } type;
  string value;  // column name, literal text, function name, operator; IS NULL: "not" when IS NOT NULL
  bool negated = false;
  std::vector<node> kids;
};

class parser {
 public:
  parser(std::vector<token> tokens) : tokens_(std::move(tokens)) {}

  node parse_all() {
    node n = parse_or();
    if (peek().type != token::end) throw unsupported{"'" + peek().value + "' where the condition should end"};
    return n;
  }

 private:
  std::vector<token> tokens_;
  std::size_t at_ = 0;

  const token& peek(std::size_t ahead = 0) const { return tokens_[std::min(at_ + ahead, tokens_.size() - 1)]; }
  token next() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
  bool keyword(string_view k, std::size_t ahead = 0) const {
    return peek(ahead).type == token::word && lower(peek(ahead).value) == k;
  }
  bool symbol(string_view s) const { return peek().type == token::symbol && peek().value == s; }
  void expect(string_view s) {
    if (!symbol(s)) throw unsupported{"'" + string(s) + "' expected, not '" + peek().value + "'"};
    next();
  }

  node parse_or() {
    node n = parse_and();
    while (keyword("or")) {
      next();
      n = node{node::any, "", false, {std::move(n), parse_and()}};
    }
    return n;
  }
  node parse_and() {
    node n = parse_not();
    while (keyword("and")) {
      next();
      n = node{node::all, "", false, {std::move(n), parse_not()}};
    }
    return n;
  }
  node parse_not() {
    if (keyword("not")) {
      next();
      return node{node::negate, "", false, {parse_not()}};
    }
    return parse_predicate();
  }
  node parse_predicate() {
    node left = parse_value();
    if (peek().type == token::symbol) {
      const string op = peek().value;
      if (op == "=" || op == "<>" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=") {
        next();
        if (keyword("any") || keyword("some") || keyword("all")) return parse_array_in(std::move(left), op);
        return node{node::compare, op == "!=" ? "<>" : op, false, {std::move(left), parse_value()}};
      }
      if (op == "~~" || op == "!~~") {
        next();
        return node{node::like, "", op == "!~~", {std::move(left), parse_value()}};
      }
      if (op == "~~*" || op == "!~~*") throw unsupported{"ILIKE has no ctql expression"};
      if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "||")
        throw unsupported{"it uses arithmetic or concatenation ('" + op + "'), which ctql-gen does not write back"};
    }
    if (keyword("mod") || keyword("div")) throw unsupported{"it uses arithmetic ('" + lower(peek().value) + "'), which ctql-gen does not write back"};
    bool negated = false;
    if (keyword("is")) {
      next();
      if (keyword("not")) {
        next();
        negated = true;
      }
      if (!keyword("null")) throw unsupported{"IS " + string(negated ? "NOT " : "") + peek().value + " has no ctql expression"};
      next();
      return node{node::is_null, "", negated, {std::move(left)}};
    }
    if (keyword("not") && (keyword("between", 1) || keyword("in", 1) || keyword("like", 1))) {
      next();
      negated = true;
    }
    if (keyword("between")) {
      next();
      if (keyword("symmetric")) throw unsupported{"BETWEEN SYMMETRIC has no ctql expression"};
      node low = parse_value();
      if (!keyword("and")) throw unsupported{"BETWEEN without AND"};
      next();
      return node{node::between, "", negated, {std::move(left), std::move(low), parse_value()}};
    }
    if (keyword("in")) {
      next();
      expect("(");
      if (keyword("select")) throw unsupported{"IN (SELECT ...): a CHECK cannot hold a subquery in ctql"};
      node n{node::in, "", negated, {std::move(left)}};
      n.kids.push_back(parse_value());
      while (symbol(",")) {
        next();
        n.kids.push_back(parse_value());
      }
      expect(")");
      return n;
    }
    if (keyword("like")) {
      next();
      node n{node::like, "", negated, {std::move(left), parse_value()}};
      if (keyword("escape")) {  // ctql writes ESCAPE '\' on SQLite: like() means that on every dialect
        next();
        const node escape = parse_value();
        if (escape.type != node::text || escape.value != "\\")
          throw unsupported{"LIKE ... ESCAPE other than a backslash has no ctql expression"};
      }
      return n;
    }
    if (keyword("ilike") || keyword("glob") || keyword("regexp") || keyword("rlike") || keyword("similar") ||
        keyword("match"))
      throw unsupported{lower(peek().value) + " has no ctql expression"};
    return left;
  }
  // PostgreSQL writes IN (...) as `= ANY (ARRAY[...])` and NOT IN as `<> ALL (ARRAY[...])`.
  node parse_array_in(node left, const string& op) {
    const bool all = keyword("all");
    next();
    if (!((op == "=" && !all) || (op == "<>" && all))) throw unsupported{op + (all ? " ALL" : " ANY") + " has no ctql expression"};
    expect("(");
    if (!keyword("array")) throw unsupported{"ANY/ALL over something other than an ARRAY[...] list"};
    next();
    expect("[");
    node n{node::in, "", all, {std::move(left)}};
    n.kids.push_back(parse_value());
    while (symbol(",")) {
      next();
      n.kids.push_back(parse_value());
    }
    expect("]");
    skip_casts(n.kids.back());
    expect(")");
    return n;
  }
  // PostgreSQL's casts: '-5'::integer is the number -5, (qty)::double precision is qty, 'a'::text is 'a'.
  void skip_casts(node& n) {
    while (symbol("::")) {
      next();
      string type;
      while (peek().type == token::word || peek().type == token::identifier) type += (type.empty() ? "" : " ") + lower(next().value);
      if (symbol("(")) {  // character varying(20)
        while (!symbol(")") && peek().type != token::end) next();
        expect(")");
      }
      if (symbol("[")) throw unsupported{"a cast to an array type (::" + type + "[])"};
      const bool numeric = type == "integer" || type == "bigint" || type == "smallint" || type == "numeric" ||
                           type == "double precision" || type == "real";
      const bool textual = type == "text" || type == "character varying" || type == "character" || type == "bpchar";
      if (n.type == node::text && numeric) {
        n.type = node::number;  // '-5'::integer
        if (n.value.empty()) throw unsupported{"a cast of '' to a number"};
      } else if (!(numeric && n.type == node::number) && !(textual && n.type == node::text) &&
                 !(n.type == node::column || n.type == node::call) ) {
        throw unsupported{"a cast to " + type};
      } else if (n.type == node::column || n.type == node::call) {
        if (!numeric && !textual) throw unsupported{"a cast to " + type};
        n.value += string(1, '\0') + (numeric ? "number" : "text");  // checked where the column's family is known
      }
      // n.type == number with a numeric cast, or text with a text cast: the literal as it is.
    }
  }
  node parse_value() {
    node n = parse_primary();
    skip_casts(n);
    return n;
  }
  node parse_primary() {
    const token t = next();
    switch (t.type) {
      case token::end:
        throw unsupported{"the condition ends too early"};
      case token::identifier:
        return node{node::column, t.value, false, {}};
      case token::number:
        return node{node::number, t.value, false, {}};
      case token::text:
        return node{node::text, t.value, false, {}};
      case token::symbol:
        if (t.value == "(") {
          node n = parse_or();
          expect(")");
          return n;
        }
        if (t.value == "-" || t.value == "+") {
          node n = parse_primary();
          skip_casts(n);
          if (n.type != node::number) throw unsupported{"a sign before something other than a number"};
          if (t.value == "-") n.value = n.value[0] == '-' ? n.value.substr(1) : "-" + n.value;
          return n;
        }
        throw unsupported{"'" + t.value + "' where a value should be"};
      case token::word:
        break;
    }
    const string w = lower(t.value);
    if (w == "true" || w == "false") return node{node::boolean, w, false, {}};
    if (w == "null") return node{node::null, w, false, {}};
    if (symbol("(")) {
      next();
      if (w == "exists" || keyword("select")) throw unsupported{"a subquery"};
      node n{node::call, w, false, {}};
      // PostgreSQL writes trim(x) as TRIM(BOTH FROM x).
      if (w == "trim" && (keyword("leading") || keyword("trailing")))
        throw unsupported{"TRIM(" + peek().value + " ...) has no ctql expression"};
      if (w == "trim" && keyword("both") && keyword("from", 1)) at_ += 2;
      if (!symbol(")")) {
        n.kids.push_back(parse_or());
        while (symbol(",")) {
          next();
          n.kids.push_back(parse_or());
        }
      }
      expect(")");
      return n;
    }
    if (w == "case" || w == "cast" || w == "current_date" || w == "current_timestamp" || w == "current_time")
      throw unsupported{w + " has no ctql::literal form"};
    return node{node::column, t.value, false, {}};
  }
};

/// Writes a node as C++ for ctql::check<>, with the columns from `column_of`.
class writer {
 public:
  using lookup = std::function<std::optional<column_ref>(const string&)>;
  explicit writer(lookup column_of) : column_of_(std::move(column_of)) {}

  string condition(const node& n) {
    auto [code, k] = write(n);
    if (k != kind::condition && k != kind::boolean) throw unsupported{"the condition is not a comparison or a boolean"};
    return code;
  }

 private:
  lookup column_of_;

  struct written {
    string code;
    kind value;
  };

  static bool is_literal(const node& n) {
    return n.type == node::number || n.type == node::text || n.type == node::boolean || n.type == node::null;
  }
  static bool numeric(kind k) { return k == kind::integer || k == kind::floating; }

  /// A literal, written for a value of kind `other` beside it.
  static string literal(const node& n, kind other) {
    if (n.type == node::null) throw unsupported{"a comparison with NULL (always unknown): write IS NULL"};
    if (n.type == node::text) {
      if (other != kind::text) throw unsupported{"a string compared with a non-text value"};
      if (n.value.find('\0') != string::npos) throw unsupported{"a string with a NUL byte"};
      return "ctql::literal<" + cpp_string(n.value) + ">";
    }
    if (n.type == node::boolean) {
      if (other == kind::boolean) return "ctql::literal<" + n.value + ">";
      if (other == kind::integer) return string("ctql::literal<") + (n.value == "true" ? "1" : "0") + ">";  // SQLite's bool is an INTEGER
      throw unsupported{"TRUE/FALSE compared with a non-boolean value"};
    }
    // A number.
    const bool integer = n.value.find_first_of(".eE") == string::npos;
    if (other == kind::boolean) {
      if (n.value == "1") return "ctql::literal<true>";  // MariaDB's TRUE
      if (n.value == "0") return "ctql::literal<false>";
      throw unsupported{"a boolean compared with " + n.value};
    }
    if (!numeric(other)) throw unsupported{"a number compared with a non-number value"};
    if (integer) {
      // Within std::int64_t: literal<V> takes a C++ integer.
      const string digits = n.value[0] == '-' ? n.value.substr(1) : n.value;
      const string limit = n.value[0] == '-' ? "9223372036854775808" : "9223372036854775807";
      string trimmed = digits;
      while (trimmed.size() > 1 && trimmed[0] == '0') trimmed.erase(0, 1);
      if (trimmed.size() > limit.size() || (trimmed.size() == limit.size() && trimmed > limit))
        throw unsupported{"the number " + n.value + " is outside std::int64_t"};
      if (n.value == "-9223372036854775808") throw unsupported{"the number " + n.value + " has no C++ literal"};
      return "ctql::literal<" + (n.value[0] == '-' ? "-" + trimmed : trimmed) + ">";
    }
    string v = n.value;
    const bool negative = v[0] == '-';
    if (negative) v.erase(0, 1);
    if (v[0] == '.') v = "0" + v;
    if (v.back() == '.') v += "0";
    return "ctql::literal<" + string(negative ? "-" : "") + v + ">";
  }

  /// A value that is not a literal: a column or a function of one.
  written value(const node& n) {
    if (n.type == node::column) {
      const auto nul = n.value.find('\0');
      const string name = n.value.substr(0, nul);
      const auto c = column_of_(name);
      if (!c) throw unsupported{"'" + name + "' is not a column of the table"};
      if (nul != string::npos) {
        const string cast = n.value.substr(nul + 1);
        if ((cast == "number" && !numeric(c->value)) || (cast == "text" && c->value != kind::text))
          throw unsupported{"a cast of '" + name + "' to another type"};
      }
      return {c->code, c->value};
    }
    if (n.type == node::call) {
      const string f = n.value.substr(0, n.value.find('\0'));
      string name;
      if (f == "length" || f == "char_length" || f == "character_length") name = "length";
      else if (f == "lower" || f == "lcase") name = "lower";
      else if (f == "upper" || f == "ucase") name = "upper";
      else if (f == "trim") name = "trim";
      else if (f == "abs") name = "abs";
      else throw unsupported{"the function " + f + "() is not one ctql-gen writes"};
      if (n.kids.size() != 1) throw unsupported{"the function " + f + "() with " + std::to_string(n.kids.size()) + " arguments"};
      const written arg = write(n.kids[0]);
      const kind result = name == "length" ? kind::integer : name == "abs" ? arg.value : kind::text;
      if (name == "abs" ? !numeric(arg.value) : arg.value != kind::text)
        throw unsupported{f + "() of a value of another type than ctql's " + name + "() takes"};
      return {"ctql::" + name + "(" + arg.code + ")", result};
    }
    return write(n);
  }

  static string operand(const written& w, const node& n) {
    return n.type == node::all || n.type == node::any ? "(" + w.code + ")" : w.code;
  }

  written write(const node& n) {
    switch (n.type) {
      case node::column:
      case node::call:
        return value(n);
      case node::number:
      case node::text:
      case node::boolean:
      case node::null:
        throw unsupported{"a literal alone, not compared with a column"};
      case node::all:
      case node::any: {
        const written l = write(n.kids[0]), r = write(n.kids[1]);
        for (const written* w : {&l, &r})
          if (w->value != kind::condition && w->value != kind::boolean)
            throw unsupported{"AND/OR of something that is not a condition"};
        const string op = n.type == node::all ? " && " : " || ";
        // && inside || is parenthesised (g++'s -Wparentheses).
        auto side = [&](const written& w, const node& k) {
          return k.type != node::type_t::compare && (k.type == node::all || k.type == node::any) && k.type != n.type
                     ? "(" + w.code + ")"
                     : w.code;
        };
        return {side(l, n.kids[0]) + op + side(r, n.kids[1]), kind::condition};
      }
      case node::negate: {
        const written w = write(n.kids[0]);
        if (w.value != kind::condition && w.value != kind::boolean) throw unsupported{"NOT of something that is not a condition"};
        return {"!(" + w.code + ")", kind::condition};
      }
      case node::compare: {
        static const std::pair<string_view, string_view> ops[] = {{"=", "=="}, {"<>", "!="}, {"<", "<"},
                                                                   {"<=", "<="}, {">", ">"}, {">=", ">="}};
        string op;
        for (const auto& [sql, cpp] : ops)
          if (sql == n.value) op = cpp;
        const node &l = n.kids[0], &r = n.kids[1];
        if (is_literal(l) && is_literal(r)) throw unsupported{"a comparison of two literals"};
        if (is_literal(l)) {
          const written rv = value(r);
          check_comparable(rv);
          return {literal(l, rv.value) + " " + op + " " + rv.code, kind::condition};
        }
        const written lv = value(l);
        check_comparable(lv);
        if (is_literal(r)) return {lv.code + " " + op + " " + literal(r, lv.value), kind::condition};
        const written rv = value(r);
        check_comparable(rv);
        if (!(lv.value == rv.value || (numeric(lv.value) && numeric(rv.value))))
          throw unsupported{"a comparison of values of different types"};
        return {lv.code + " " + op + " " + rv.code, kind::condition};
      }
      case node::is_null: {
        const written v = value(n.kids[0]);
        return {v.code + (n.negated ? ".is_not_null()" : ".is_null()"), kind::condition};
      }
      case node::between: {
        const written v = value(n.kids[0]);
        check_comparable(v);
        for (std::size_t i = 1; i < 3; ++i)
          if (!is_literal(n.kids[i])) throw unsupported{"BETWEEN with bounds that are not literals"};
        const string code = v.code + ".between(" + literal(n.kids[1], v.value) + ", " + literal(n.kids[2], v.value) + ")";
        return {n.negated ? "!(" + code + ")" : code, kind::condition};
      }
      case node::in: {
        const written v = value(n.kids[0]);
        check_comparable(v);
        string list;
        for (std::size_t i = 1; i < n.kids.size(); ++i) {
          if (!is_literal(n.kids[i])) throw unsupported{"IN with values that are not literals"};
          list += (i > 1 ? ", " : "") + literal(n.kids[i], v.value);
        }
        const string code = v.code + ".in(" + list + ")";
        return {n.negated ? "!(" + code + ")" : code, kind::condition};
      }
      case node::like: {
        const written v = value(n.kids[0]);
        if (v.value != kind::text) throw unsupported{"LIKE on a value that is not text"};
        if (n.kids[1].type != node::text) throw unsupported{"LIKE with a pattern that is not a string literal"};
        const string code = v.code + ".like(" + literal(n.kids[1], kind::text) + ")";
        return {n.negated ? "!(" + code + ")" : code, kind::condition};
      }
    }
    throw unsupported{"an expression ctql-gen does not know"};
  }

  void check_comparable(const written& w) {
    if (w.value == kind::other) throw unsupported{"a comparison on a column whose type ctql::literal has no values of"};
    if (w.value == kind::condition) throw unsupported{"a comparison of a condition"};
  }
};

/// `condition` (a CHECK's text without CHECK) as C++, or the reason it is not generated.
inline result write(string_view condition, bool backslash_escapes, bool brackets_quote, writer::lookup column_of) {
  try {
    parser p(tokenize(condition, backslash_escapes, brackets_quote));
    const node n = p.parse_all();
    writer w(std::move(column_of));
    return {w.condition(n), {}};
  } catch (const unsupported& u) {
    return {std::nullopt, u.reason};
  }
}

/// The CHECKs of a SQLite CREATE TABLE text: each one's name ("" when unnamed), the column it is
/// written on ("" for a table constraint) and its condition's text.
struct sqlite_check {
  string name, column, condition;
};
inline std::vector<sqlite_check> sqlite_checks(string_view create_table) {
  std::vector<token> tokens;
  try {
    tokens = tokenize(create_table, false, true);
  } catch (const unsupported&) {
    return {};
  }
  std::vector<sqlite_check> out;
  int depth = 0;
  string column;             // the column whose definition we are in ("" after a table constraint begins)
  bool item_start = false;   // the next token starts a column definition or a table constraint
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const token& t = tokens[i];
    if (t.type == token::symbol && t.value == "(") {
      if (++depth == 1) item_start = true;
      continue;
    }
    if (t.type == token::symbol && t.value == ")") {
      --depth;
      continue;
    }
    if (depth != 1) continue;
    if (t.type == token::symbol && t.value == ",") {
      item_start = true;
      continue;
    }
    if (item_start) {
      item_start = false;
      const string w = t.type == token::word ? lower(t.value) : "";
      const bool table_constraint = w == "constraint" || w == "check" || w == "primary" || w == "unique" || w == "foreign";
      column = table_constraint ? "" : t.value;
    }
    if (!(t.type == token::word && lower(t.value) == "check")) continue;
    if (i + 1 >= tokens.size() || tokens[i + 1].value != "(" || tokens[i + 1].type != token::symbol) continue;
    string name;
    if (i >= 2 && tokens[i - 2].type == token::word && lower(tokens[i - 2].value) == "constraint") name = tokens[i - 1].value;
    int inner = 0;
    std::size_t j = i + 1;
    for (; j < tokens.size(); ++j) {
      if (tokens[j].type == token::symbol && tokens[j].value == "(") ++inner;
      if (tokens[j].type == token::symbol && tokens[j].value == ")" && --inner == 0) break;
    }
    if (j >= tokens.size()) break;
    out.push_back({name, column, string(create_table.substr(tokens[i + 1].stop, tokens[j].at - tokens[i + 1].stop))});
    i = j;  // the CHECK's own parentheses are not the table's
  }
  return out;
}

}  // namespace gen::check_condition
