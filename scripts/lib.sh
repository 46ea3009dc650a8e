# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# Shared by the scripts in scripts/: sourced, not run.

CTQL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CTQL_JOBS="${CTQL_JOBS:-2}"                          # the build machine has 2 cores
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.ccache}"     # keep a user's own ccache setting

# ---------------------------------------------------------------------------------------------------
# DATABASE SERVERS for the MariaDB / PostgreSQL connector tests and examples.
# TODO(connectors): start them here with scripts/mariadb-server and scripts/postgres-server (to come),
# exporting what the tests read (e.g. CTQL_MYSQL_URL, CTQL_POSTGRES_URL); stop them in the stop function.
# Callers run ctql_start_db_servers once and arrange for ctql_stop_db_servers to run on exit.
ctql_start_db_servers() {
  :   # nothing yet: the core and SQLite need no server
}

ctql_stop_db_servers() {
  :   # nothing yet
}
