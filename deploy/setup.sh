#!/usr/bin/env bash
# Sets up a Debian 12 host to build, run and test keel. Run it as root, from anywhere.
#
# Idempotent: each step runs only when its inputs changed, so a run with nothing to do takes well
# under a second. Steps:
#   1. Debian packages keel runs on (nats-server, iptables, runc, ...) and the ones its benchmarks
#      and interop tests compare against (docker.io, docker-registry). Those two ship daemons: the
#      install must not start them, and they are left disabled, so they never touch this host's
#      network on their own. A test or benchmark that wants dockerd starts its own.
#   2. npm packages (npm ci) when package-lock.json changed; better-sqlite3's native module checked.
#   3. TypeScript build (scripts/build.sh) when a source is newer than dist/build-info.json.
#   4. The native addon (node-gyp, addon/binding.gyp) when its sources are newer than its build.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
did=0

# --- 1. Debian packages ------------------------------------------------------------------------

PACKAGES=(
  nats-server                  # the bus
  util-linux                   # setpriv: nats-server ends with keeld (parent-death signal)
  iptables iproute2            # netd: bridge, veth, port mapping, firewall rules
  busybox-static               # a static userland for test containers
  runc                         # execd's runc exec driver
  libseccomp-dev               # the native addon's seccomp filters
  docker.io docker-registry    # dockerd and a registry to compare against (benchmarks, interop tests)
  openssl ca-certificates      # TLS for tcp:// and registries
)
# Packages whose daemons installing them must neither start nor enable: package → its systemd
# units and init script (containerd comes in with docker.io).
declare -A QUIET=(
  [docker.io]="docker.service docker.socket docker"
  [docker-registry]="docker-registry.service docker-registry"
  [containerd]="containerd.service containerd"
)
DAEMONS=(dockerd containerd docker-registry docker-proxy)
POLICY=/usr/sbin/policy-rc.d

installed() {  # prints the names of the given packages that are installed
  dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null | awk '$2 == "ii" { print $1 }' || true
}

daemon_pids() {
  local d
  for d in "${DAEMONS[@]}"; do pgrep -x "$d" || true; done | sort
}

# An interrupted earlier run may have left its policy-rc.d in place: put the saved one back.
if [[ -e $POLICY.keel-saved ]]; then mv -f "$POLICY.keel-saved" "$POLICY"; fi

hold_daemons() {  # while apt-get runs, invoke-rc.d and deb-systemd-invoke start nothing
  if [[ -e $POLICY ]]; then mv -f "$POLICY" "$POLICY.keel-saved"; fi
  trap release_daemons EXIT
  printf '#!/bin/sh\n# written by keel deploy/setup.sh for the length of one apt-get install\nexit 101\n' >"$POLICY"
  chmod 0755 "$POLICY"
}

release_daemons() {
  if [[ -e $POLICY.keel-saved ]]; then mv -f "$POLICY.keel-saved" "$POLICY"; else rm -f "$POLICY"; fi
  trap - EXIT
}

mapfile -t have < <(installed "${PACKAGES[@]}")
missing=()
for p in "${PACKAGES[@]}"; do
  [[ " ${have[*]} " == *" $p "* ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  [[ $(id -u) -eq 0 ]] || die "installing Debian packages (${missing[*]}) needs root"
  say "installing Debian packages: ${missing[*]}"
  did=1
  mapfile -t quiet_before < <(installed "${!QUIET[@]}")
  pids_before=$(daemon_pids)
  aptlog=$(mktemp /tmp/keel-setup-apt.XXXXXX)
  hold_daemons
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
    tail -n 30 "$aptlog" >&2
    die "apt-get failed (full log: $aptlog)"
  fi
  release_daemons
  rm -f "$aptlog"

  # Leave disabled the daemons of the packages this install brought in (no later boot starts
  # them); a daemon that was installed before is left as it was.
  for pkg in $(installed "${!QUIET[@]}"); do
    [[ " ${quiet_before[*]} " == *" $pkg "* ]] && continue
    for u in ${QUIET[$pkg]}; do
      if [[ $u == *.* ]]; then
        if [[ -e /lib/systemd/system/$u ]] && command -v systemctl >/dev/null; then
          systemctl disable --quiet "$u" 2>/dev/null || deb-systemd-helper disable "$u" 2>/dev/null || true
        fi
      elif [[ -e /etc/init.d/$u ]] && command -v update-rc.d >/dev/null; then
        update-rc.d "$u" disable >/dev/null 2>&1 || true
      fi
    done
  done

  # Belt and braces: a daemon this install started anyway is stopped (only those, by pid).
  for pid in $(comm -13 <(echo "$pids_before") <(daemon_pids)); do
    say "stopping $(ps -o comm= -p "$pid" 2>/dev/null || echo daemon) (pid $pid), started by the package install"
    kill "$pid" 2>/dev/null || true
  done
fi

# The docker CLI at /usr/local/bin/docker (if any) must stay ahead of docker.io's /usr/bin/docker.
if [[ -x /usr/local/bin/docker && "$(command -v docker)" != /usr/local/bin/docker ]]; then
  say "warning: 'docker' resolves to $(command -v docker), not /usr/local/bin/docker: put /usr/local/bin first in PATH"
fi

# --- 2. npm packages ---------------------------------------------------------------------------

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages (npm ci)"
  did=1
  npm ci --no-audit --no-fund --loglevel=error
fi

sqlite_ok() { node -e "new (require('better-sqlite3'))(':memory:').close()" >/dev/null 2>&1; }
if ! sqlite_ok; then
  say "building better-sqlite3's native module (npm rebuild better-sqlite3)"
  did=1
  npm rebuild better-sqlite3 --loglevel=error
  sqlite_ok || die "better-sqlite3 still does not load: node -e \"require('better-sqlite3')(':memory:')\" to see why"
fi

# --- 3. TypeScript -----------------------------------------------------------------------------

stamp=dist/build-info.json
sources=(services cli proto bench test tsconfig.json scripts/build.sh node_modules/.package-lock.json)
if [[ ! -f $stamp ]] || [[ -n $(find "${sources[@]}" -newer "$stamp" -print -quit 2>/dev/null) ]]; then
  say "building TypeScript (scripts/build.sh)"
  did=1
  bash scripts/build.sh
fi

# --- 4. the native addon -----------------------------------------------------------------------

if [[ -f addon/binding.gyp ]]; then
  stamp=addon/build/.keel-built
  if [[ ! -f $stamp ]] || [[ -n $(find addon -path addon/build -prune -o -newer "$stamp" -print -quit) ]]; then
    say "building the native addon (node-gyp)"
    did=1
    gyp=(rebuild --release --loglevel=error)
    # Build against the installed node's headers when they are there (no download needed).
    nodedir=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
    if [[ -f $nodedir/include/node/common.gypi ]]; then gyp+=(--nodedir="$nodedir"); fi
    (cd addon && ../node_modules/.bin/node-gyp "${gyp[@]}")
    touch "$stamp"
  fi
fi

if ((did)); then say "done"; else say "up to date"; fi
