#!/usr/bin/env python3
"""Time to the first frame measured on a pseudo-terminal of 120x40, without tmux in between.

Each round starts the board and `vim -u NONE` in turn on a copy of a workshop file and reads the terminal until
the frame shows ("? help" in the board's status line, the file's second line in vim). Reading the terminal
directly has no polling interval, so differences well under a millisecond show.

Usage: python3 Benchmarks/first-frame-pty.py [rounds] [sixcluster binary]
The binary defaults to the one Benchmarks/terminal-bench.sh builds (.build-static/release/sixcluster).
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

from first_frame_rounds import compare


def first_frame(argv, marker, env):
    """Milliseconds from starting `argv` on a new terminal until `marker` has been written to it."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
        os.execvpe(argv[0], argv, env)
    seen = b''
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit(f'{argv[0]}: no frame within 5 s')
        try:
            seen += os.read(fd, 65536)
        except OSError:
            raise SystemExit(f'{argv[0]}: ended before its first frame')
    elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    board = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster')
    env = dict(os.environ, TERM='tmux-256color', LANG='C.UTF-8')
    print(f'first frame on a 120x40 pseudo-terminal, {rounds} rounds (ms):')
    compare(rounds, lambda path: first_frame([board, '--no-color', path], b'? help', env),
            lambda path, second_line: first_frame(['vim', '-u', 'NONE', path], second_line, env))


if __name__ == '__main__':
    main()
