#!/usr/bin/env python3
"""Several boards on one file: how soon a card stored on one board is on another board's screen, and how much
CPU an idle board uses while others are in the workshop.

Four boards (`--author B1` … `B4`) run in four windows of one tmux server (120x60) on a copy of a shipped
workshop, all in field 13. Each round one board stores a card (typed at once, then Enter); the time runs from
the Enter until the card's text shows in `capture-pane` of the next board (polled every 2 ms); then the card is
deleted again, so that the column stays on the screen. Then all four
boards sit idle for `idle` seconds, and the CPU time each used (utime + stime from /proc) is divided by the time.

Usage: python3 Benchmarks/shared-boards.py [rounds] [idle seconds] [sixcluster binary]
The binary defaults to .build/release/sixcluster (`swift build -c release --product sixcluster`).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from tmux_panes import tmux, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cpu_seconds(pid):
    with open(f'/proc/{pid}/stat') as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    idle = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    binary = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, '.build/release/sixcluster'))
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'w.yaml')
    shutil.copy(os.path.join(ROOT, 'Workshops/joinery-kitchen-fronts.yaml'), path)
    server = f'sixcluster-shared-{os.getpid()}'
    env = 'export LANG=C.UTF-8;'
    try:
        tmux(server, 'new-session', '-d', '-x', '120', '-y', '60', f'{env} {binary} --author B1 {path}; sleep 600')
        for n in range(2, 5):
            tmux(server, 'new-window', '-d', f'{env} {binary} --author B{n} {path}; sleep 600')
        wait_for(server, 0, 'B2, B3, B4', timeout=10)
        for window in range(4):
            tmux(server, 'send-keys', '-t', f':{window}', 'g', '1', '3', 'Enter', 'Enter')
        for window in range(4):
            wait_for(server, window, 'Data capture')
        times = []
        for n in range(rounds):
            writer, reader = n % 4, (n + 1) % 4
            text = f'probe {n:03d} Grüße'
            tmux(server, 'send-keys', '-t', f':{writer}', 'a')
            tmux(server, 'send-keys', '-t', f':{writer}', '-l', text)
            tmux(server, 'send-keys', '-t', f':{writer}', 'Enter')
            times.append(wait_for(server, reader, text) * 1000)
            # The probe goes again, so that the column never outgrows the screen.
            tmux(server, 'send-keys', '-t', f':{writer}', 'd')
        times.sort()
        median = times[len(times) // 2]
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(f'card stored on one board, on another board\'s screen (4 boards, {rounds} cards): '
              f'median {median:.0f} ms, p99 {p99:.0f} ms, max {times[-1]:.0f} ms (targets: median < 300, p99 < 1000)')
        pids = [pid for pid in subprocess.run(['pgrep', '-f', f'{binary} --author B'], capture_output=True, text=True).stdout.split()
                if open(f'/proc/{pid}/comm').read().strip() == 'sixcluster']
        time.sleep(1)
        before = {pid: cpu_seconds(pid) for pid in pids}
        start = time.monotonic()
        time.sleep(idle)
        elapsed = time.monotonic() - start
        usage = sorted((cpu_seconds(pid) - before[pid]) / elapsed * 100 for pid in pids)
        print(f'idle board with 3 others in the workshop, {idle:.0f} s: CPU '
              + ', '.join(f'{u:.2f}%' for u in usage) + ' (target < 1%)')
    finally:
        tmux(server, 'kill-server')
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == '__main__':
    main()
