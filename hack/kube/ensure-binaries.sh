#!/usr/bin/env bash
# Prints the folder holding `kube-apiserver` and `etcd` for the kube tests, building them from Go modules
# into ~/.cache/shadowgate/kube-bin/<versions>/ (outside the clone, so fresh CI clones on the same machine
# reuse it) only when missing. Honours the envtest conventions so users who already
# have the binaries skip the build: KUBEBUILDER_ASSETS (folder with both), TEST_ASSET_KUBE_APISERVER and
# TEST_ASSET_ETCD (paths to each binary). With those, it prints "apiserver=<path>" / "etcd=<path>" lines.
# Progress goes to stderr and to <cache>/build.log; stdout carries only the result lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
k8s_version="$(sed -n 1p "$here/versions.txt")"
etcd_version="$(sed -n 2p "$here/versions.txt")"

apiserver_path="${TEST_ASSET_KUBE_APISERVER:-}"
etcd_path="${TEST_ASSET_ETCD:-}"
if [[ -n "${KUBEBUILDER_ASSETS:-}" ]]; then
  apiserver_path="${apiserver_path:-$KUBEBUILDER_ASSETS/kube-apiserver}"
  etcd_path="${etcd_path:-$KUBEBUILDER_ASSETS/etcd}"
fi

cache="${SHADOWGATE_KUBE_BIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shadowgate/kube-bin}/${k8s_version}-etcd-${etcd_version}"
apiserver_path="${apiserver_path:-$cache/kube-apiserver}"
etcd_path="${etcd_path:-$cache/etcd}"

build() { # <name> <wrapper dir> <package> <output> [ldflags]
  local name="$1" dir="$2" pkg="$3" out="$4" ldflags="${5:-}"
  mkdir -p "$(dirname "$out")"
  local log="$(dirname "$out")/build-$name.log"
  echo "building $name ($pkg) into $out; log: $log" >&2
  local started=$SECONDS
  if ! (cd "$dir" && CGO_ENABLED=0 GOFLAGS="${GOFLAGS:--p=2}" \
        go build -trimpath -ldflags "-s -w $ldflags" -o "$out.partial" "$pkg") >"$log" 2>&1; then
    echo "building $name failed; full log in $log:" >&2
    cat "$log" >&2
    return 1
  fi
  mv "$out.partial" "$out"   # atomic, so a killed build never leaves a half binary that looks complete
  echo "built $name in $((SECONDS - started)) s" | tee -a "$log" >&2
}

minor="${k8s_version#v1.}"; minor="${minor%%.*}"
version_flags="-X k8s.io/component-base/version.gitVersion=${k8s_version} -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=${minor} -X k8s.io/client-go/pkg/version.gitVersion=${k8s_version}"

# One build at a time per cache folder: parallel test files would otherwise all build.
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
[[ -x "$etcd_path" ]] || build etcd "$here/etcd" go.etcd.io/etcd/server/v3 "$etcd_path"
[[ -x "$apiserver_path" ]] || build kube-apiserver "$here/apiserver" k8s.io/kubernetes/cmd/kube-apiserver "$apiserver_path" "$version_flags"

echo "apiserver=$apiserver_path"
echo "etcd=$etcd_path"
