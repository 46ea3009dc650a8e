#pragma once
// How verify_schema reads a live database of dialect D: catalog_for<D>, defined by each
// connector's catalog.hpp (<ctql/sqlite/catalog.hpp>, ...) with
//   static std::vector<std::string> table_names(Db&);            every table it has
//   static table_shape read_table(Db&, const std::string& name); one table's shape
namespace ctql {

template <class D>
struct catalog_for;

}  // namespace ctql
