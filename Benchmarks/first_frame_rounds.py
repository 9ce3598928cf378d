"""The rounds both first-frame benchmarks share: each shipped workshop copied into a folder of its own, the board
and `vim -u NONE` opening it in turn, the medians and their ratio printed."""
import glob
import os
import shutil
import statistics
import tempfile


def compare(rounds, measure_board, measure_vim):
    """Runs `rounds` rounds per workshop. `measure_board(path)` and `measure_vim(path, second_line)` each open the
    file once and give the milliseconds to the first frame."""
    for original in sorted(glob.glob('Workshops/*.yaml')):
        with tempfile.TemporaryDirectory() as folder:
            path = shutil.copy(original, folder)
            second_line = open(path, 'rb').read().split(b'\n')[1][:20]
            times = {'sixcluster': [], 'vim': []}
            for _ in range(rounds):
                # A killed board leaves its presence folder and vim its swap file: each round starts clean.
                for leftover in glob.glob(os.path.join(folder, '.*')):
                    shutil.rmtree(leftover) if os.path.isdir(leftover) else os.remove(leftover)
                times['sixcluster'].append(measure_board(path))
                times['vim'].append(measure_vim(path, second_line))
        board_ms, vim_ms = (statistics.median(times[name]) for name in ('sixcluster', 'vim'))
        print(f'  {os.path.basename(original):40s} sixcluster {board_ms:5.1f}   vim -u NONE {vim_ms:5.1f}'
              f'   ratio {board_ms / vim_ms:.2f}')
