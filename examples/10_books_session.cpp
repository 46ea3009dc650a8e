// The seed's books chapter with a model and a session: create_all, add a Book with a date, commit,
// query the first one back, then drop_all.
#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>

#include <ctql/orm.hpp>
#include <ctql/sqlite.hpp>

using namespace std::chrono;

struct books_t : ctql::table<books_t, "books"> {
  column<"id", std::int64_t, ctql::primary_key> id;
  column<"title", std::string> title;
  column<"author", std::string> author;
  column<"pages", int> pages;
  column<"published", ctql::date> published;
};
inline constexpr books_t books{};

struct Book {
  using table = books_t;
  std::int64_t id = 0;
  std::string title = {};
  std::string author = {};
  int pages = 0;
  ctql::date published = {};
};

int main() {
  auto db = ctql::sqlite::connect(":memory:");
  db.create_all(books);                                   // Base.metadata.create_all(engine)
  std::cout << "create_all: table books created\n";
  const ctql::date published = sys_days{2009y / January / 15d};
  {
    auto s = ctql::session(db);
    s.add(Book{.title = "Deep Learning", .author = "Ian Goodfellow", .pages = 775, .published = published});
    s.commit();
    const Book* book = s.query<Book>().first();            // s.query(Book).first()
    if (book == nullptr) {
      std::cerr << "error: no book\n";
      return 1;
    }
    std::cout << "query(Book).first(): Book{id = " << book->id << ", title = \"" << book->title << "\", pages = "
              << book->pages << ", published " << (book->published == published ? "2009-01-15" : "a wrong date") << "}\n";
    if (book->id != 1 || book->title != "Deep Learning" || book->published != published) {
      std::cerr << "error: the book read back differs\n";
      return 1;
    }
  }  // the session ends: its transaction is over (committed above)
  db.drop_all(books);                                     // Base.metadata.drop_all(engine)
  std::cout << "drop_all: table books dropped\n";
  try {
    (void)db.query<Book>().first();
    std::cerr << "error: the table is still there\n";
    return 1;
  } catch (const ctql::error& e) {
    std::cout << "a query now fails: " << e.what() << '\n';
  }
  return 0;
}
