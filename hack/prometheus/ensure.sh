#!/usr/bin/env bash
# Prints "prometheus=<path>" for the canary tests' real Prometheus server. Uses SHADOWGATE_PROMETHEUS or a
# `prometheus` on the PATH; otherwise installs Debian's `prometheus` package (root with apt-get only).
# The Debian package's service is not started: the tests run their own server on loopback.
set -euo pipefail
if [[ -n "${SHADOWGATE_PROMETHEUS:-}" ]]; then
  [[ -x "$SHADOWGATE_PROMETHEUS" ]] || { echo "SHADOWGATE_PROMETHEUS=$SHADOWGATE_PROMETHEUS is not executable" >&2; exit 1; }
  echo "prometheus=$SHADOWGATE_PROMETHEUS"; exit 0
fi
if ! command -v prometheus >/dev/null 2>&1; then
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "no prometheus binary: install Debian's prometheus package, or set SHADOWGATE_PROMETHEUS to a Prometheus 2.x/3.x binary" >&2
    exit 1
  fi
  lock="${XDG_CACHE_HOME:-$HOME/.cache}/shadowgate/prometheus.lock"
  mkdir -p "$(dirname "$lock")"
  exec 9>"$lock"
  flock 9
  if ! command -v prometheus >/dev/null 2>&1; then
    echo "installing Debian's prometheus package" >&2
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y --no-install-recommends prometheus || (apt-get update && apt-get install -y --no-install-recommends prometheus)) >&2
  fi
fi
echo "prometheus=$(command -v prometheus)"
