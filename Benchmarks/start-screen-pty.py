#!/usr/bin/env python3
"""The start screen's first frame with 200 workshop files in the folder, against the board's first frame on one
shipped workshop, both on a pseudo-terminal of 120x40 (no tmux in between).

The folder holds 200 copies of the shipped workshops (and `Workshops/` nothing); the start screen shows its list at
once and reads the files' details after the first frame. The marker is the title row's "q quits" for the start
screen and the status line's "? help" for the board.

Usage: python3 Benchmarks/start-screen-pty.py [rounds] [sixcluster binary]
The binary defaults to .build/release/sixcluster (`swift build -c release --product sixcluster`).
"""
import os
import shutil
import statistics
import sys
import tempfile

from frame_io import on_pty

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    binary = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '.build/release/sixcluster'))
    folder = tempfile.mkdtemp()
    state = tempfile.mkdtemp()
    shipped = [os.path.join(ROOT, 'Workshops', name) for name in sorted(os.listdir(os.path.join(ROOT, 'Workshops')))]
    for n in range(200):
        shutil.copy(shipped[n % len(shipped)], os.path.join(folder, f'workshop-{n:03d}.yaml'))
    env = dict(os.environ, TERM='tmux-256color', LANG='C.UTF-8', XDG_STATE_HOME=state, XDG_CONFIG_HOME=state)
    os.chdir(folder)
    start, board = [], []
    try:
        for _ in range(rounds):
            start.append(on_pty([binary, '--no-color', '--lang', 'en'], b'q quits', env)[0])
            board.append(on_pty([binary, '--no-color', '--lang', 'en', 'workshop-000.yaml'], b'? help', env)[0])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(state, ignore_errors=True)
    for name, times in (('start screen, 200 workshops', start), ('board, one workshop', board)):
        times.sort()
        print(f'{name:28} median {statistics.median(times):6.2f} ms   p90 {times[int(len(times) * 0.9)]:6.2f} ms')


if __name__ == '__main__':
    main()
