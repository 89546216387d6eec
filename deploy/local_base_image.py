#!/usr/bin/env python3
"""Writes a container base image as a tarball in the format of `docker save`, with no container daemon
and no registry: a Java runtime made by jlink and the shared libraries it needs, copied from this
machine. Jib takes it as its base image (`tar://FILE`) where no registry is reachable.

    deploy/local_base_image.py RUNTIME_DIR OUTPUT.tar

RUNTIME_DIR is a jlink image; it goes to /opt/java in the image. The libraries its programs and
libraries link to (as `ldd` names them) go to their paths on this machine, with the dynamic loader.
The image also holds /tmp (the server's temporary files: Tomcat's work folder, SQLite's native
library) and an /etc/passwd naming the user the server runs as, like the usual Java base images.
"""

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile

RUNTIME_HOME = "opt/java"
SERVER_USER_ID = 65532
LDD_LINE = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x")
# Libraries of the C library that programs run later in the image load although the runtime does not
# link them: sqlite-jdbc's native library (libpthread), and host name lookup (the name service
# switch: a PostgreSQL server named by its host name in a deployment).
C_LIBRARY_EXTRAS = ("libpthread.so.0", "libdl.so.2", "librt.so.1", "libm.so.6", "libresolv.so.2",
                    "libnss_files.so.2", "libnss_dns.so.2")


def linked_libraries(runtime_dir):
    """Every shared library that the runtime's programs and libraries load, by absolute path."""
    libraries = set()
    for folder, _, files in os.walk(runtime_dir):
        for name in files:
            path = os.path.join(folder, name)
            if not (name.endswith(".so") or folder.endswith("/bin")):
                continue
            result = subprocess.run(["ldd", path], capture_output=True, text=True)
            for line in result.stdout.splitlines():
                match = LDD_LINE.search(line)
                if match and not match.group(1).startswith(os.path.abspath(runtime_dir)):
                    libraries.add(match.group(1))
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for name in C_LIBRARY_EXTRAS:
        match = re.search(r"^\s*" + re.escape(name) + r" \(libc6,x86-64\) => (\S+)$", known, re.MULTILINE)
        if match:
            libraries.add(match.group(1))
    return sorted(libraries)


def add_directory(layer, name, mode):
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = mode
    layer.addfile(info)


def add_text(layer, name, text, mode=0o644):
    data = text.encode("utf-8")
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    layer.addfile(info, io.BytesIO(data))


def add_host_file(layer, host_path, added):
    """Adds a file at its own path, following symbolic links, so that both the link's name and the
    file it names exist in the image (a library is loaded by the name ldd gives)."""
    name = host_path.lstrip("/")
    if name in added:
        return
    parents = []
    parent = os.path.dirname(name)
    while parent and parent not in added:
        parents.append(parent)
        parent = os.path.dirname(parent)
    for folder in reversed(parents):
        add_directory(layer, folder, 0o755)
        added.add(folder)
    layer.add(os.path.realpath(host_path), arcname=name, recursive=False)
    added.add(name)


def layer_bytes(runtime_dir):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as layer:
        added = set()
        for folder in ("etc", "opt", "tmp"):
            add_directory(layer, folder, 0o1777 if folder == "tmp" else 0o755)
            added.add(folder)
        add_text(layer, "etc/passwd",
                 f"root:x:0:0:root:/root:/sbin/nologin\nhsp:x:{SERVER_USER_ID}:{SERVER_USER_ID}:hsp:/tmp:/sbin/nologin\n")
        add_text(layer, "etc/group", f"root:x:0:\nhsp:x:{SERVER_USER_ID}:\n")
        add_text(layer, "etc/nsswitch.conf", "hosts: files dns\n")
        add_text(layer, "etc/hosts", "127.0.0.1 localhost\n::1 localhost\n")
        layer.add(runtime_dir, arcname=RUNTIME_HOME)
        for library in linked_libraries(runtime_dir):
            add_host_file(layer, library, added)
    return buffer.getvalue()


def main():
    if len(sys.argv) != 3:
        print("usage: deploy/local_base_image.py RUNTIME_DIR OUTPUT.tar", file=sys.stderr)
        sys.exit(2)
    runtime_dir, output = sys.argv[1], sys.argv[2]
    layer = layer_bytes(runtime_dir)
    diff_id = "sha256:" + hashlib.sha256(layer).hexdigest()
    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": [
                f"JAVA_HOME=/{RUNTIME_HOME}",
                f"PATH=/{RUNTIME_HOME}/bin:/usr/local/bin:/usr/bin:/bin",
                "LANG=C.UTF-8",
            ],
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created_by": "deploy/local_base_image.py"}],
    }
    config_bytes = json.dumps(config, sort_keys=True).encode("utf-8")
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": ["hsp-navigator-base:local"], "Layers": ["layer.tar"]}]
    with tarfile.open(output, mode="w") as image:
        for name, data in ((config_name, config_bytes), ("layer.tar", layer),
                           ("manifest.json", json.dumps(manifest).encode("utf-8"))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            image.addfile(info, io.BytesIO(data))


if __name__ == "__main__":
    main()
