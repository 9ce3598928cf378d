#!/usr/bin/env python3
"""`sixcluster add` into a workshop of 10,000 cards while three boards are open on it: the whole command's time
(start to exit, read–merge–write under the writers' lock included), and how soon a board shows the card.

The workshop: field 8 empty, the other 19 fields with 263 Ist and 263 Soll cards each (9,994 cards). Three boards
(`--author B1` … `B3`) run in three windows of one tmux server (120x40), all in field 8. Each round adds one card to
field 9; every tenth round adds it to field 8 instead, and the time until the first board's screen shows it is
measured as well.

Usage: python3 Benchmarks/add-command.py [rounds] [sixcluster binary]
The binary defaults to .build/release/sixcluster (`swift build -c release --product sixcluster`).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from tmux_panes import tmux, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def big_workshop(path):
    lines = ['format: 1', 'title: Zehntausend', 'language: de', 'fields:']
    for topic in range(1, 21):
        lines.append(f'- topic: {topic}')
        for column in ('ist', 'soll'):
            lines.append(f'  {column}:' + (' []' if topic == 8 else ''))
            lines += [] if topic == 8 else [f'  - {column.capitalize()} {topic}-{n}' for n in range(263)]
    with open(path, 'w') as out:
        out.write('\n'.join(lines) + '\n')


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    binary = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '.build/release/sixcluster'))
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'w.yaml')
    big_workshop(path)
    server = f'sixcluster-add-{os.getpid()}'
    env = 'export LANG=C.UTF-8;'
    commands, shown = [], []
    try:
        tmux(server, 'new-session', '-d', '-x', '120', '-y', '40', f'{env} {binary} --author B1 {path}; sleep 600')
        for n in range(2, 4):
            tmux(server, 'new-window', '-d', f'{env} {binary} --author B{n} {path}; sleep 600')
        wait_for(server, 0, 'B2, B3', timeout=20)
        for window in range(3):
            tmux(server, 'send-keys', '-t', f':{window}', 'g', '8', 'Enter', 'Enter')
        for round in range(rounds):
            text = f'Skriptkarte {round}'
            field = '8' if round % 10 == 0 else '9'
            start = time.monotonic()
            subprocess.run([binary, 'add', path, '--field', field, '--ist', text], check=True, capture_output=True)
            commands.append(time.monotonic() - start)
            if field == '8':
                shown.append(commands[-1] + wait_for(server, 0, text))
    finally:
        tmux(server, 'kill-server')
    commands.sort()
    print(f'add into 10,000 cards with 3 boards open, {rounds} rounds: median {statistics.median(commands) * 1000:.1f} ms, '
          f'p90 {commands[int(len(commands) * 0.9)] * 1000:.1f} ms, max {commands[-1] * 1000:.1f} ms')
    print(f'card on a board after the command started ({len(shown)} rounds): median {statistics.median(shown) * 1000:.0f} ms, '
          f'max {max(shown) * 1000:.0f} ms')


if __name__ == '__main__':
    main()
