#!/usr/bin/env bash
# Quick start on a fresh Debian 12 machine, as root: sets the machine up (deploy/setup.sh), starts
# keeld with its defaults unless one already answers on /run/keel/keel.sock, and shows it working
# through the keel CLI and the docker CLI. keeld keeps running afterwards; the last lines say how
# to stop it.
set -euo pipefail
cd "$(dirname "$0")/.."

SOCK=/run/keel/keel.sock
PIDFILE=/run/keel/keeld.pid
LOG=${KEELD_LOG:-/var/log/keeld.log}
export KEEL_HOST="unix://$SOCK"

say() { printf 'quickstart: %s\n' "$*"; }
die() { printf 'quickstart: error: %s\n' "$*" >&2; exit 1; }
run() { printf '\n$ %s\n' "$*"; "$@"; }

[[ $(id -u) -eq 0 ]] || die "run me as root: keeld runs containers, which takes root"

bash deploy/setup.sh

answers() { bin/keel version >/dev/null 2>&1; }

if answers; then
  say "keeld is already running (pid $(cat "$PIDFILE" 2>/dev/null || echo '?')), answering on $SOCK"
else
  say "starting keeld (log: $LOG)"
  mkdir -p "$(dirname "$LOG")"
  # its own session: keeld outlives this script and the terminal's ^C
  setsid bin/keeld >>"$LOG" 2>&1 </dev/null &
  pid=$!
  for ((i = 0; i < 300; i++)); do
    answers && break
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$LOG" >&2
      die "keeld exited before it answered (log: $LOG)"
    fi
    sleep 0.1
  done
  answers || { tail -n 20 "$LOG" >&2; die "keeld did not answer on $SOCK within 30 s (pid $pid, log: $LOG)"; }
  say "keeld is up (pid $pid)"
fi

run bin/keel version
run bin/keel info
run bin/keel service ls
# the docker CLI speaks to keeld as it would to dockerd
run docker --host "unix://$SOCK" version

# --- a first container -------------------------------------------------------------------------
# a busybox image made from Debian's busybox-static, imported, then run
if ! bin/keel inspect busybox >/dev/null 2>&1; then
  tar=$(mktemp --suffix=.tar)
  test/fixtures/busybox-rootfs.sh "$tar"
  run bin/keel import "$tar" busybox
  rm -f "$tar"
fi
run bin/keel images
run bin/keel run --rm busybox echo hello from keel
run docker --host "unix://$SOCK" run --rm busybox echo hello from the docker CLI

cat <<EOF

keel is running. Try:
  bin/keel bus tap                                   # watch the jobs flow (^C to stop)
  DOCKER_HOST=unix://$SOCK docker info
Stop it with:
  kill \$(cat $PIDFILE)
EOF
