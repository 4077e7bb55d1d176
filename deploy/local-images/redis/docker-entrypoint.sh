#!/bin/sh
# As the official image does: options alone (or a .conf file) mean redis-server, and protected
# mode is off unless the command turns it on (Debian's binary has it on by default).
set -eu
case "${1:-}" in
  -* | *.conf) set -- redis-server "$@" ;;
esac
if [ "${1:-}" = redis-server ]; then
  shift
  if [ "${1:-}" != "${1%.conf}" ]; then
    config="$1"
    shift
    set -- redis-server "${config}" --protected-mode no "$@"
  else
    set -- redis-server --protected-mode no "$@"
  fi
fi
exec "$@"
