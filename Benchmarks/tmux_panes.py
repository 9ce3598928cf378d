"""What the tmux benchmarks share: running tmux on a server of its own, and waiting until a window shows a text."""
import subprocess
import time


def tmux(server, *args):
    """Runs tmux on `server` (no config file); its output."""
    return subprocess.run(['tmux', '-L', server, '-f', '/dev/null', *args], capture_output=True, text=True).stdout


def wait_for(server, window, text, timeout=5.0):
    """Seconds until window `window` shows `text` (polled every 2 ms); stops the benchmark after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if text in tmux(server, 'capture-pane', '-p', '-t', f':{window}'):
            return time.monotonic() - start
        time.sleep(0.002)
    raise SystemExit(f'window {window} never showed {text!r}')
