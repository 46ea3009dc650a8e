# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# Shared by the scripts in scripts/: sourced, not run.

CTQL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CTQL_JOBS="${CTQL_JOBS:-2}"                          # the build machine has 2 cores
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.ccache}"     # keep a user's own ccache setting

# ---------------------------------------------------------------------------------------------------
# DATABASE SERVERS for the MariaDB / PostgreSQL connector tests and examples: private servers on
# 127.0.0.1, each with its own data directory and port under $CTQL_SERVER_DIR. scripts/<server>
# start prints the connection URL; the tests read CTQL_MYSQL_URL and CTQL_POSTGRES_URL. A server
# that cannot start fails the run (no silent skip).
CTQL_SERVER_DIR="${CTQL_SERVER_DIR:-$CTQL_ROOT/build/servers}"
export CTQL_SERVER_DIR
ctql_start_db_servers() {
  if [[ -x "$CTQL_ROOT/scripts/mariadb-server" ]]; then
    CTQL_MYSQL_URL="$("$CTQL_ROOT/scripts/mariadb-server" start)"
    export CTQL_MYSQL_URL
  fi
  if [[ -x "$CTQL_ROOT/scripts/postgres-server" ]]; then
    CTQL_POSTGRES_URL="$("$CTQL_ROOT/scripts/postgres-server" start)"
    export CTQL_POSTGRES_URL
  fi
}

ctql_stop_db_servers() {
  [[ -x "$CTQL_ROOT/scripts/mariadb-server" ]] && "$CTQL_ROOT/scripts/mariadb-server" stop || true
  [[ -x "$CTQL_ROOT/scripts/postgres-server" ]] && "$CTQL_ROOT/scripts/postgres-server" stop || true
}
