#!/usr/bin/env python3
"""Time to the first frame inside tmux (a 120x40 pane), measured two ways.

Each round opens a copy of a workshop file in a fresh tmux server, with the board and `vim -u NONE` in turn:
- pane output: until a tmux control client is told of pane output that holds the frame's marker
  (`frame_io.in_tmux_pane`): the program plus tmux taking in what it writes;
- attached terminal: until a terminal attached to tmux shows the marker (`frame_io.in_tmux_client`): the
  program, tmux taking it in and tmux drawing it again, as someone watching a shared session sees it.
The marker is the status line's "? help" for the board (in the attached terminal "? hel": tmux draws the last
cell of the screen separately) and the file's second line for vim, which vim draws long before its last line.

Usage: python3 Benchmarks/first-frame-tmux.py [rounds] [sixcluster binary]
The binary defaults to the one Benchmarks/terminal-bench.sh builds (.build-static/release/sixcluster).
"""
import itertools
import os
import shlex
import sys

from first_frame_rounds import compare
from frame_io import in_tmux_client, in_tmux_pane


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    board = shlex.quote(os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster'))
    env = dict(os.environ, LANG='C.UTF-8')
    sockets = (f'sixcluster-first-frame-{os.getpid()}-{n}' for n in itertools.count())
    for title, measure, board_marker in (('pane output', in_tmux_pane, b'? help'),
                                         ('attached terminal', in_tmux_client, b'? hel')):
        print(f'first frame in a 120x40 tmux pane, {title}, {rounds} rounds (ms):')
        compare(rounds,
                lambda path: measure(f'{board} --no-color --lang en {shlex.quote(path)}', board_marker, next(sockets), env),
                lambda path, second_line: measure(f'vim -u NONE {shlex.quote(path)}', second_line, next(sockets), env))


if __name__ == '__main__':
    main()
