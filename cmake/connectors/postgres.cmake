# ctql::postgres: ctql_postgres (src/postgres.cpp) over libpq, whose include path and library its users inherit.
# Included by the top-level CMakeLists.txt when CTQL_POSTGRES is ON. CMake's own FindPostgreSQL
# needs only libpq's headers and library (Debian: libpq-dev), not the server headers.
find_package(PostgreSQL)
if(NOT PostgreSQL_FOUND)
  message(FATAL_ERROR "ctql: libpq was not found (Debian: apt-get install libpq-dev); "
                      "install it, or configure with -DCTQL_POSTGRES=OFF to build without ctql::postgres")
endif()

ctql_compiled_part(ctql_postgres ${PROJECT_SOURCE_DIR}/src/postgres.cpp)
add_library(ctql::postgres ALIAS ctql_postgres)
target_link_libraries(ctql_postgres PUBLIC ctql::run PostgreSQL::PostgreSQL)
# FindPostgreSQL ships with CMake, so the installed package's find_dependency() needs no module of ours.
ctql_install_target(ctql_postgres EXPORT_NAME postgres FIND_DEPENDENCY PostgreSQL)
