// Dates and the table lifecycle: a column of ctql::date (std::chrono::sys_days) stores a
// publication date; first() fetches one book; drop_all removes the table, after which a
// select raises ctql::error.
#include <chrono>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

#include <ctql/sqlite.hpp>

struct books_t : ctql::table<books_t, "books"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"title", std::string> title;
  column<"published", ctql::date> published;
};
inline constexpr books_t books{};

namespace {
std::string iso(ctql::date day) {  // YYYY-MM-DD
  const std::chrono::year_month_day ymd{day};
  std::ostringstream out;
  out << std::setfill('0') << std::setw(4) << static_cast<int>(ymd.year()) << '-' << std::setw(2)
      << static_cast<unsigned>(ymd.month()) << '-' << std::setw(2) << static_cast<unsigned>(ymd.day());
  return out.str();
}
}  // namespace

int main() {
  using namespace ctql;
  using namespace std::chrono;
  auto db = sqlite::connect(":memory:");
  db.create_all(books);
  std::cout << "created table books\n";

  const ctql::date sicp = sys_days{year{1985} / July / 1};
  const ctql::date taocp = sys_days{year{1968} / January / 1};
  db(insert_into(books).set(books.title = "Structure and Interpretation of Computer Programs", books.published = sicp));
  std::cout << "inserted 'Structure and Interpretation of Computer Programs', published " << iso(sicp) << '\n';
  db(insert_into(books).set(books.title = "The Art of Computer Programming", books.published = taocp));
  std::cout << "inserted 'The Art of Computer Programming', published " << iso(taocp) << '\n';

  const auto q = select(books.title, books.published).from(books).where(books.published < sys_days{year{1970} / 1 / 1});
  std::cout << "select SQL (compile time): " << sql<sqlite>(q) << '\n';
  const auto book = db(q).first();
  if (!book) {
    std::cerr << "error: no book published before 1970 was found\n";
    return 1;
  }
  const auto& [title, published] = *book;
  std::cout << "first() found: " << title << ", published " << iso(published) << '\n';
  if (title != "The Art of Computer Programming" || published != taocp) {
    std::cerr << "error: expected The Art of Computer Programming, 1968-01-01\n";
    return 1;
  }

  db.drop_all(books);
  std::cout << "dropped table books\n";
  try {
    db(select(books.title).from(books)).all();
    std::cerr << "error: selecting from the dropped table succeeded\n";
    return 1;
  } catch (const ctql::error& e) {
    std::cout << "selecting from it now fails: " << e.what() << '\n';
  }
  return 0;
}
