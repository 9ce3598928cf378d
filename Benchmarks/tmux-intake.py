#!/usr/bin/env python3
"""How long tmux takes to take in the board's first frame and vim's, without either program running.

Both first frames of the first shipped workshop are recorded on a pseudo-terminal of 120x40; each is then
replayed `copies` times in a row into a tmux pane (by `cat`, with a control client attached as in
first-frame-tmux.py), followed by an end marker, and the time until the marker arrives is divided by the number
of copies. The same is done for the board's frame with its line-drawing characters replaced by ASCII, to show
their share.

Usage: python3 Benchmarks/tmux-intake.py [rounds] [sixcluster binary]
"""
import glob
import itertools
import os
import shlex
import shutil
import statistics
import sys
import tempfile

from frame_io import in_tmux_pane, on_pty

COPIES = 200
LINES = {'─': '-', '│': '|', '┌': '+', '┐': '+', '└': '+', '┘': '+'}


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    board = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.build-static/release/sixcluster')
    env = dict(os.environ, TERM='screen', LANG='C.UTF-8')
    original = sorted(glob.glob('Workshops/*.yaml'))[0]
    with tempfile.TemporaryDirectory() as folder:
        path = shutil.copy(original, folder)
        second_line = open(path, 'rb').read().split(b'\n')[1][:20]
        board_frame = on_pty([board, '--no-color', '--lang', 'en', path], b'? help', env)[1]
        for leftover in glob.glob(os.path.join(folder, '.*')):
            os.remove(leftover)
        vim_frame = on_pty(['vim', '-u', 'NONE', path], second_line, env)[1]
        ascii_frame = board_frame.decode()
        for line, plain in LINES.items():
            ascii_frame = ascii_frame.replace(line, plain)
        frames = {'sixcluster': board_frame, 'sixcluster, ASCII lines': ascii_frame.encode(), 'vim -u NONE': vim_frame}
        times = {name: [] for name in frames}
        files = {}
        for number, (name, frame) in enumerate(frames.items()):
            files[name] = os.path.join(folder, f'replay-{number}')
            with open(files[name], 'wb') as replay:
                replay.write(frame * COPIES + b'\x1b[H@@END@@')
        sockets = (f'sixcluster-intake-{os.getpid()}-{n}' for n in itertools.count())
        print(f'tmux taking in one first frame of {os.path.basename(original)}, {COPIES} copies, {rounds} rounds:')
        for _ in range(rounds):
            for name, replay in files.items():
                command = f'sh -c "cat {shlex.quote(replay)}; sleep 5"'
                times[name].append(in_tmux_pane(command, b'@@END@@', next(sockets), env) / COPIES)
        for name, frame in frames.items():
            print(f'  {name:26s} {len(frame):5d} bytes   {statistics.median(times[name]):.2f} ms')


if __name__ == '__main__':
    main()
