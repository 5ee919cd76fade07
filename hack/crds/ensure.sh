#!/usr/bin/env bash
# Prints "gateway-api=<dir>" and "istio=<file>": the Gateway API standard-channel CRDs and Istio's CRDs,
# fetched as Go modules through the Go module proxy into ~/.cache/shadowgate/gomod (outside the clone,
# never committed). Versions are pinned in versions.txt beside this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
gateway_version="$(sed -n 1p "$here/versions.txt")"
istio_version="$(sed -n 2p "$here/versions.txt")"
export GOMODCACHE="${SHADOWGATE_GOMODCACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shadowgate/gomod}"
export GOFLAGS=-mod=mod
dir_of() { # <module@version>
  (cd "${TMPDIR:-/tmp}" && go mod download -json "$1") | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'
}
gateway_dir="$(dir_of "sigs.k8s.io/gateway-api@$gateway_version")"
istio_dir="$(dir_of "istio.io/api@$istio_version")"
[[ -d "$gateway_dir/config/crd/standard" ]] || { echo "no config/crd/standard in $gateway_dir" >&2; exit 1; }
[[ -f "$istio_dir/kubernetes/customresourcedefinitions.gen.yaml" ]] || { echo "no CRD file in $istio_dir" >&2; exit 1; }
echo "gateway-api=$gateway_dir/config/crd/standard"
echo "istio=$istio_dir/kubernetes/customresourcedefinitions.gen.yaml"
