# ctql::mysql: ctql_mysql (src/mysql.cpp) over libmysqlclient / MariaDB Connector/C (Debian:
# default-libmysqlclient-dev), whose include path and library its users inherit. Included by the
# top-level CMakeLists.txt when CTQL_MYSQL is ON.

# cmake/FindMySQLClient.cmake, without leaving ctql's module path in the caller's scope.
set(ctql_saved_module_path "${CMAKE_MODULE_PATH}")
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/..")
find_package(MySQLClient)
set(CMAKE_MODULE_PATH "${ctql_saved_module_path}")
unset(ctql_saved_module_path)
if(NOT MySQLClient_FOUND)
  message(FATAL_ERROR "ctql: libmysqlclient was not found (Debian: apt-get install default-libmysqlclient-dev); "
                      "install it, or configure with -DCTQL_MYSQL=OFF to build without ctql::mysql")
endif()

ctql_compiled_part(ctql_mysql ${PROJECT_SOURCE_DIR}/src/mysql.cpp)
add_library(ctql::mysql ALIAS ctql_mysql)
add_library(ctql::mariadb ALIAS ctql_mysql)  # the same connector, for <ctql/mariadb.hpp> (in this build; installed: ctql::mysql)
target_link_libraries(ctql_mysql PUBLIC ctql::run MySQLClient::MySQLClient)

# Installed next to ctqlConfig.cmake, which puts its directory on CMAKE_MODULE_PATH for find_dependency().
cmake_path(SET ctql_find_mysqlclient NORMALIZE "${CMAKE_CURRENT_LIST_DIR}/../FindMySQLClient.cmake")
list(APPEND CTQL_CMAKE_MODULES "${ctql_find_mysqlclient}")
unset(ctql_find_mysqlclient)

ctql_install_target(ctql_mysql EXPORT_NAME mysql FIND_DEPENDENCY MySQLClient)
