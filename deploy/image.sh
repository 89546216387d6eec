#!/usr/bin/env bash
# The server's container image, built and started with no container daemon and no registry:
#   deploy/image.sh [--check]
# 1. A base image from this machine (deploy/local_base_image.py): a Java 17 runtime made by jlink and
#    the libraries it links to. Where a registry is reachable, leave this out: the build's default
#    base is eclipse-temurin:17-jre (DEPLOYMENT.md).
# 2. The image itself with Jib (Maven profile 'image'): web/target/hsp-navigator-image.tar, in the
#    format of `docker save`, loadable with `docker load` or `podman load`.
# 3. With --check (root only): the image's layers unpacked in order into a folder, and the server
#    started in it as the image says (its entrypoint, environment, user and working folder) under
#    chroot, on a free port and a fresh /data; the check asks the readiness probe, scores
#    examples/mr-zhang.json, stops the server with SIGTERM and expects it to end by itself.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "deploy/image.sh: usage: deploy/image.sh [--check]" >&2; exit 2 ;;
esac

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
if [[ ! -d "$java_home/jmods" ]]; then
  echo "deploy/image.sh: $java_home has no jmods folder: jlink needs a full JDK 17" >&2
  exit 1
fi

work="$(mktemp -d)"
server=""
mounted=()
cleanup() {
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  local index
  for (( index=${#mounted[@]}-1; index>=0; index-- )); do
    umount "${mounted[$index]}" 2>/dev/null || umount -l "${mounted[$index]}" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "deploy/image.sh: a Java runtime with jlink..." >&2
"$java_home/bin/jlink" --add-modules ALL-MODULE-PATH --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$work/runtime"
python3 deploy/local_base_image.py "$work/runtime" "$work/base.tar"
echo "deploy/image.sh: base image $(du -h "$work/base.tar" | cut -f1)" >&2

./mvnw -B -q -Pimage -pl web -am package -DskipTests "-Dimage.base=tar://$work/base.tar"
image="web/target/hsp-navigator-image.tar"
echo "deploy/image.sh: $image ($(du -h "$image" | cut -f1))" >&2
$check || exit 0

if [[ "$(id -u)" != 0 ]]; then
  echo "deploy/image.sh: --check starts the image under chroot, which needs root" >&2
  exit 1
fi
rootfs="$work/rootfs"
mkdir -p "$rootfs"
# The image's own description: its layers in order, the entrypoint, environment, user and folder.
python3 - "$image" "$rootfs" >"$work/start" <<'PY'
import json, shlex, sys, tarfile
image, rootfs = sys.argv[1], sys.argv[2]
with tarfile.open(image) as archive:
    manifest = json.load(archive.extractfile("manifest.json"))[0]
    config = json.load(archive.extractfile(manifest["Config"]))["config"]
    for layer in manifest["Layers"]:
        with tarfile.open(fileobj=archive.extractfile(layer), mode="r:*") as files:
            files.extractall(rootfs, numeric_owner=True)
print("environment=(" + " ".join(shlex.quote(e) for e in config.get("Env", [])) + ")")
print("command=(" + " ".join(shlex.quote(a) for a in config.get("Entrypoint", []) + (config.get("Cmd") or [])) + ")")
print("user=" + shlex.quote(config.get("User", "0")))
print("folder=" + shlex.quote(config.get("WorkingDir") or "/"))
PY
# shellcheck disable=SC1091
source "$work/start"
for kernel_folder in dev proc; do
  mkdir -p "$rootfs/$kernel_folder"
  mount --rbind "/$kernel_folder" "$rootfs/$kernel_folder"
  mounted+=("$rootfs/$kernel_folder")
done
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
echo "deploy/image.sh: starting ${command[*]} as $user in the unpacked image, port $port" >&2
# The image holds no shell: Python enters the folder as a container runtime would (chroot, working
# folder, user) and runs the entrypoint with the image's environment alone.
python3 - "$rootfs" "$folder" "$user" "$port" "${#environment[@]}" "${environment[@]}" "${command[@]}" \
  >"$work/server.log" 2>&1 <<'PY' &
import os, sys
rootfs, folder, user, port, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
environment = dict(entry.split("=", 1) for entry in sys.argv[6:6 + count])
environment["SERVER_PORT"] = port
command = sys.argv[6 + count:]
uid, _, gid = user.partition(":")
os.chroot(rootfs)
os.chdir(folder)
os.setgroups([])
os.setgid(int(gid or uid))
os.setuid(int(uid))
path = environment.get("PATH", "/usr/bin:/bin").split(":")
program = command[0] if "/" in command[0] else next(
    os.path.join(d, command[0]) for d in path if os.path.exists(os.path.join(d, command[0])))
os.execve(program, command, environment)
PY
server=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$url/actuator/health/readiness" && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "deploy/image.sh: the server in the image stopped:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  sleep 0.2
done
best="$(curl -sf -H 'Content-Type: application/json' --data-binary @examples/mr-zhang.json \
  "$url/api/v1/assessments" | python3 -c '
import json, sys
answer = json.load(sys.stdin)
points = next(a["points"] for a in answer["assessments"] if a["category"] == answer["bestCategory"])
print(answer["bestCategory"], points, "points")')"
echo "deploy/image.sh: the image answered: best category $best" >&2
kill -TERM "$server"
if ! timeout 30 tail --pid="$server" -f /dev/null; then
  echo "deploy/image.sh: the server did not stop within 30 s of SIGTERM" >&2
  exit 1
fi
wait "$server" || true
server=""
[[ -f "$rootfs/data/hsp.db" ]] && echo "deploy/image.sh: the database was written to /data/hsp.db in the image" >&2
echo "deploy/image.sh: the image started, answered and stopped on SIGTERM" >&2
