#!/usr/bin/env python3
"""A TCP proxy that can cut the network between its clients and their server, for bench/partition.sh.

  partition_proxy.py LISTEN_PORT TARGET_PORT [READY_FILE]

Listens on 127.0.0.1:LISTEN_PORT and forwards every connection to 127.0.0.1:TARGET_PORT, byte for byte,
in both directions. Told by a signal:

  SIGUSR1  black hole: as if every packet were dropped. Open connections stay open but nothing is
           forwarded either way (what was sent waits in the kernel's buffers, as unacknowledged packets
           wait to be sent again); new connections are accepted but never connected onward. No reset and
           no close reaches either side, so only a timeout of the client's own ends its wait.
  SIGUSR2  heal: forwarding goes on where it stopped, and the connections accepted meanwhile are connected
           onward (as a connection attempt whose packets are sent again succeeds once the network is back).

Each change of state is one line on stderr, with the open connections. READY_FILE, when given, is written
once the proxy listens. Python 3 standard library only.
"""
import select
import signal
import socket
import sys
import threading
import time

flowing = threading.Event()
flowing.set()
lock = threading.Lock()
open_connections = 0
accepted_while_cut = 0


def say(message):
    print("partition_proxy.py: %s %s" % (time.strftime("%H:%M:%S", time.gmtime()), message), file=sys.stderr,
          flush=True)


def pump(source, target, done):
    """Copies source to target while the network flows; ends at the end of source or on an error."""
    try:
        while True:
            flowing.wait()
            readable, _, _ = select.select([source], [], [], 0.2)
            if not readable or not flowing.is_set():
                continue
            data = source.recv(65536)
            if not data:
                target.shutdown(socket.SHUT_WR)
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        done()


def serve(client, target_port):
    """One client's connection: connected onward once the network flows, then copied both ways."""
    global open_connections
    with lock:
        open_connections += 1
    upstream = None
    try:
        flowing.wait()
        upstream = socket.create_connection(("127.0.0.1", target_port), timeout=10)
        upstream.settimeout(None)
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        remaining = [2]

        def done():
            with lock:
                remaining[0] -= 1
                last = remaining[0] == 0
            if last:
                close(client, upstream)

        threading.Thread(target=pump, args=(upstream, client, done), daemon=True).start()
        pump(client, upstream, done)
    except OSError:
        close(client, upstream)


def close(*sockets):
    global open_connections
    for sock in sockets:
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass
    with lock:
        open_connections -= 1


def black_hole(_signal, _frame):
    global accepted_while_cut
    accepted_while_cut = 0
    flowing.clear()
    say("black hole: nothing forwarded, %d connections open" % open_connections)


def heal(_signal, _frame):
    flowing.set()
    say("healed: forwarding again, %d connections open, %d accepted while cut" % (open_connections,
                                                                                  accepted_while_cut))


def main(arguments):
    global accepted_while_cut
    if len(arguments) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    listen_port, target_port = int(arguments[0]), int(arguments[1])
    signal.signal(signal.SIGUSR1, black_hole)
    signal.signal(signal.SIGUSR2, heal)
    listener = socket.create_server(("127.0.0.1", listen_port), backlog=128)
    if len(arguments) == 3:
        with open(arguments[2], "w", encoding="utf-8") as ready:
            ready.write("listening\n")
    say("forwarding 127.0.0.1:%d to 127.0.0.1:%d" % (listen_port, target_port))
    while True:
        client, _ = listener.accept()
        if not flowing.is_set():
            accepted_while_cut += 1
        threading.Thread(target=serve, args=(client, target_port), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
