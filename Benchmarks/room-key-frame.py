"""Key to frame on the board while the room is under load (release builds, 127.0.0.1): the board with the room open
runs on a pseudo-terminal of its own; `Tests/Load/room_load.py` makes 50 phones send 20 cards and 3 dots each at
once; meanwhile `?` (help) is pressed again and again, timed from the key until the help's heading is written, then
Esc. The same rounds with the room idle follow, for comparison.
Usage: python3 Benchmarks/room-key-frame.py [PHONES] [CARDS]  (after swift build -c release). Prints ms."""
import os
import pty
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import json
import termios

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOARD = os.path.join(ROOT, ".build/release/sixcluster")
MARKER = b"Everywhere"


def read_until(fd, marker, seconds=10.0):
    """Reads the terminal until `marker` was written; gives what was read."""
    seen = b""
    end = time.perf_counter() + seconds
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.perf_counter()))
        if not ready:
            raise SystemExit("no " + marker.decode() + " within " + str(seconds) + " s")
        seen += os.read(fd, 65536)
    return seen


def drain(fd, seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.perf_counter()))
        if ready:
            os.read(fd, 65536)


def rounds(fd, keep_going, limit):
    times = []
    while keep_going() and len(times) < limit:
        start = time.perf_counter()
        os.write(fd, b"?")
        read_until(fd, MARKER)
        times.append((time.perf_counter() - start) * 1000)
        os.write(fd, b"\x1b")
        # Longer than the board waits to tell a lone Esc from the start of a key sequence.
        drain(fd, 0.2)
    return times


def summary(name, times):
    times = sorted(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{name}: {len(times)} rounds, median {statistics.median(times):.2f} ms, p99 {p99:.2f} ms, max {times[-1]:.2f} ms")


def main():
    phones = sys.argv[1] if len(sys.argv) > 1 else "50"
    cards = sys.argv[2] if len(sys.argv) > 2 else "20"
    folder = tempfile.mkdtemp()
    workshop = os.path.join(folder, "load.yaml")
    shutil.copy(os.path.join(ROOT, "Workshops/joinery-kitchen-fronts.yaml"), workshop)
    env = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color", XDG_STATE_HOME=os.path.join(folder, "state"))
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execvpe(BOARD, [BOARD, "--room", "--listen", "127.0.0.1", workshop], env)
    try:
        screen = read_until(fd, b"Joined: 0")
        text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]", b"", screen).decode("utf-8", "replace")
        link = re.search(r"http://127\.0\.0\.1:\d+/join\?t=[0-9a-f]{32}", text).group(0)
        os.write(fd, b"\x1b")
        drain(fd, 0.5)
        load = subprocess.Popen([sys.executable, os.path.join(ROOT, "Tests/Load/room_load.py"), link, phones, cards],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        busy = rounds(fd, lambda: load.poll() is None, 100000)
        output = load.communicate()[0].strip().splitlines()
        try:
            result = json.loads(output[-1])
            print(f"load: {len(result['acknowledged'])} cards acknowledged, {len(result['refused'])} refused, "
                  f"in {result['seconds']} s; answers median {result['median_ms']} ms, p99 {result['p99_ms']} ms")
        except (IndexError, ValueError, KeyError):
            print("load:", output[-1] if output else "(no output)")
        summary(f"key→frame during the load ({phones} phones × {cards} cards)", busy)
        summary("key→frame with the room idle", rounds(fd, lambda: True, max(200, len(busy))))
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
