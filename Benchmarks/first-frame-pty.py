#!/usr/bin/env python3
"""Time to the first frame measured on a pseudo-terminal of 120x40, without tmux in between.

Each round starts the board and `vim -u NONE` in turn on a copy of a workshop file and reads the terminal until
the frame shows ("? help" in the board's status line, the file's second line in vim). Reading the terminal
directly has no polling interval, so differences well under a millisecond show.

Usage: python3 Benchmarks/first-frame-pty.py [rounds] [sixcluster binary]
The binary defaults to the one Benchmarks/terminal-bench.sh builds (.build-static/release/sixcluster).
"""
import os
import sys

from first_frame_rounds import compare
from frame_io import on_pty


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    board = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster')
    env = dict(os.environ, TERM='tmux-256color', LANG='C.UTF-8')
    print(f'first frame on a 120x40 pseudo-terminal, {rounds} rounds (ms):')
    compare(rounds, lambda path: on_pty([board, '--no-color', '--lang', 'en', path], b'? help', env)[0],
            lambda path, second_line: on_pty(['vim', '-u', 'NONE', path], second_line, env)[0])


if __name__ == '__main__':
    main()
