# FindMySQLClient: the MySQL client library, libmysqlclient or MariaDB Connector/C (Debian's
# default-libmysqlclient-dev), whose <mysql.h> is included as <mysql.h>.
#
#   find_package(MySQLClient [REQUIRED])
#
# Defines the imported target MySQLClient::MySQLClient and MySQLClient_FOUND,
# MySQLClient_INCLUDE_DIRS, MySQLClient_LIBRARIES, MySQLClient_VERSION (when pkg-config knows it).
# Installed with ctql, so ctqlConfig.cmake can find_dependency(MySQLClient).

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_MySQLClient QUIET mysqlclient)
  if(NOT PC_MySQLClient_FOUND)
    pkg_check_modules(PC_MySQLClient QUIET libmariadb)
  endif()
endif()

find_path(MySQLClient_INCLUDE_DIR
  NAMES mysql.h
  HINTS ${PC_MySQLClient_INCLUDE_DIRS}
  PATH_SUFFIXES mysql mariadb)
find_library(MySQLClient_LIBRARY
  NAMES mysqlclient mariadb libmariadb
  HINTS ${PC_MySQLClient_LIBRARY_DIRS}
  PATH_SUFFIXES mysql mariadb)
set(MySQLClient_VERSION ${PC_MySQLClient_VERSION})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(MySQLClient
  REQUIRED_VARS MySQLClient_LIBRARY MySQLClient_INCLUDE_DIR
  VERSION_VAR MySQLClient_VERSION)

if(MySQLClient_FOUND)
  set(MySQLClient_INCLUDE_DIRS ${MySQLClient_INCLUDE_DIR})
  set(MySQLClient_LIBRARIES ${MySQLClient_LIBRARY})
  if(NOT TARGET MySQLClient::MySQLClient)
    add_library(MySQLClient::MySQLClient UNKNOWN IMPORTED)
    set_target_properties(MySQLClient::MySQLClient PROPERTIES
      IMPORTED_LOCATION "${MySQLClient_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${MySQLClient_INCLUDE_DIR}")
  endif()
endif()

mark_as_advanced(MySQLClient_INCLUDE_DIR MySQLClient_LIBRARY)
