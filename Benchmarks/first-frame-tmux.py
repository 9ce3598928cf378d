#!/usr/bin/env python3
"""Time to the first frame inside tmux (a 120x40 pane), read from a tmux control client.

Each round opens a copy of a workshop file in a fresh tmux server, with the board and `vim -u NONE` in turn. The
pane starts a shell that waits for Enter and then execs the program; a control client (`tmux -C`) is attached
before Enter is sent, and the clock runs from Enter until tmux reports pane output that holds the frame's marker
("? help" in the board's status line, the file's second line in vim). No polling of the screen: what is measured
is the program plus tmux taking in what it writes.

Usage: python3 Benchmarks/first-frame-tmux.py [rounds] [sixcluster binary]
The binary defaults to the one Benchmarks/terminal-bench.sh builds (.build-static/release/sixcluster).
"""
import os
import select
import shlex
import subprocess
import sys
import time

from first_frame_rounds import compare


def first_frame(command, marker, socket, env):
    """Milliseconds from starting `command` in a tmux pane until tmux reports output holding `marker`."""
    tmux = ['tmux', '-L', socket, '-f', '/dev/null']
    subprocess.run(tmux + ['new-session', '-d', '-x', '120', '-y', '40', 'read go; exec ' + command],
                   check=True, env=env)
    client = subprocess.Popen(tmux + ['-C', 'attach'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                              env=env)
    try:
        # The client is attached once it has answered a command.
        client.stdin.write(b'refresh-client -C 120x40\n')
        read_until(client, b'%end')
        subprocess.run(tmux + ['send-keys', 'Enter'], check=True, env=env)
        start = time.perf_counter()
        read_until(client, marker)
        return (time.perf_counter() - start) * 1000
    finally:
        subprocess.run(tmux + ['kill-server'], env=env)
        client.wait()


def read_until(client, marker):
    seen = b''
    while marker not in seen:
        ready, _, _ = select.select([client.stdout], [], [], 5)
        if not ready:
            raise SystemExit(f'no tmux output holding {marker!r} within 5 s')
        chunk = os.read(client.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit(f'tmux ended before showing {marker!r}')
        seen += chunk


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    board = shlex.quote(os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster'))
    env = dict(os.environ, LANG='C.UTF-8')
    sockets = (f'sixcluster-first-frame-{os.getpid()}-{n}' for n in range(1 << 30))
    print(f'first frame in a 120x40 tmux pane, {rounds} rounds (ms):')
    compare(rounds, lambda path: first_frame(f'{board} --no-color {shlex.quote(path)}', b'? help', next(sockets), env),
            lambda path, second_line: first_frame(f'vim -u NONE {shlex.quote(path)}', second_line, next(sockets), env))


if __name__ == '__main__':
    main()
