#!/usr/bin/env python3
"""Time to the first frame inside tmux (a 120x40 pane), read from a tmux control client.

Each round opens a copy of a workshop file in a fresh tmux server, with the board and `vim -u NONE` in turn, and
waits for the frame's marker in the pane's output ("? help" in the board's status line, the file's second line
in vim); see `frame_io.in_tmux_pane`.

Usage: python3 Benchmarks/first-frame-tmux.py [rounds] [sixcluster binary]
The binary defaults to the one Benchmarks/terminal-bench.sh builds (.build-static/release/sixcluster).
"""
import os
import shlex
import sys

from first_frame_rounds import compare
from frame_io import in_tmux_pane


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    board = shlex.quote(os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster'))
    env = dict(os.environ, LANG='C.UTF-8')
    sockets = (f'sixcluster-first-frame-{os.getpid()}-{n}' for n in range(1 << 30))
    print(f'first frame in a 120x40 tmux pane, {rounds} rounds (ms):')
    compare(rounds, lambda path: in_tmux_pane(f'{board} --no-color {shlex.quote(path)}', b'? help', next(sockets), env),
            lambda path, second_line: in_tmux_pane(f'vim -u NONE {shlex.quote(path)}', second_line, next(sockets), env))


if __name__ == '__main__':
    main()
