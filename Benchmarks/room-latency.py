"""How fast the room is, end to end, on 127.0.0.1: a board (release build) with the room open in tmux; a phone's
card until it stands on the board's screen, and a card typed on the board until a waiting phone hears of it.
Then many phones (PHONES, 50 unless said) wait for the next change at once, and a card typed on the board is timed
until each of them has it.
Usage: python3 Benchmarks/room-latency.py [ROUNDS] [PHONES]  (after swift build -c release). Prints medians and p99 in ms."""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOARD = os.path.join(ROOT, ".build/release/sixcluster")


def tmux(*arguments):
    return subprocess.run(["tmux", "-L", "room-latency"] + list(arguments), capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p")


def wait(check, seconds=5.0, what="the screen"):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        found = check()
        if found:
            return found
        time.sleep(0.002)
    raise SystemExit("timed out waiting for " + what + ":\n" + screen())


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


def join(address):
    phone = http.client.HTTPConnection("127.0.0.1", address.port, timeout=30)
    phone.request("GET", address.path + "?" + address.query)
    answer = phone.getresponse()
    answer.read()
    phone.close()
    return {"Cookie": answer.getheader("Set-Cookie").split(";")[0], "Content-Type": "application/json"}


def to_many(address, count, rounds, first):
    """`count` phones wait for the next change at once; a card typed on the board is timed until each has it."""
    people = [join(address) for _ in range(count)]
    times = []
    for number in range(rounds):
        probe = http.client.HTTPConnection("127.0.0.1", address.port, timeout=30)
        probe.request("GET", "/api/state", headers=first)
        version = json.loads(probe.getresponse().read())["version"]
        probe.close()
        typed = "Alle %d" % number
        arrived, lock = [], threading.Lock()
        ready = threading.Barrier(count + 1)
        start = [0.0]

        def phone(headers):
            connection = http.client.HTTPConnection("127.0.0.1", address.port, timeout=30)
            connection.request("GET", "/api/state?after=%d" % version, headers=headers)
            ready.wait()
            state = connection.getresponse().read().decode()
            while typed not in state:
                connection.request("GET", "/api/state?after=%d" % json.loads(state)["version"], headers=headers)
                state = connection.getresponse().read().decode()
            with lock:
                arrived.append((time.perf_counter() - start[0]) * 1000)
            connection.close()

        threads = [threading.Thread(target=phone, args=(headers,)) for headers in people]
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        start[0] = time.perf_counter()
        tmux("send-keys", "a", typed, "Enter")
        ready.wait()
        for thread in threads:
            thread.join()
        times += arrived
    return times


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    folder = tempfile.mkdtemp()
    workshop = os.path.join(folder, "latency.yaml")
    shutil.copy(os.path.join(ROOT, "Workshops/joinery-kitchen-fronts.yaml"), workshop)
    tmux("kill-server")
    tmux("new-session", "-d", "-x", "160", "-y", "220", "env LANG=C.UTF-8 XDG_STATE_HOME=%s %s --room --listen 127.0.0.1 %s" % (folder, BOARD, workshop))
    try:
        link = wait(lambda: (re.findall(r"http://127\.0\.0\.1:\d+/join\?t=[0-9a-f]+", screen()) or [None])[0])
        address = urllib.parse.urlparse(link)
        phone = http.client.HTTPConnection("127.0.0.1", address.port, timeout=30)
        phone.request("GET", address.path + "?" + address.query)
        answer = phone.getresponse()
        answer.read()
        headers = {"Cookie": answer.getheader("Set-Cookie").split(";")[0], "Content-Type": "application/json"}
        tmux("send-keys", "Escape", "Enter")
        wait(lambda: "(a: new card" in screen() or "Ist (current situation)" in screen() or "Customer needs" in screen(), what="field 1")
        to_board, to_phone = [], []
        for number in range(rounds):
            text = "Handy %d" % number
            start = time.perf_counter()
            phone.request("POST", "/api/cards", json.dumps({"id": "l%d" % number, "field": 1, "column": "ist", "text": text}), headers)
            phone.getresponse().read()
            wait(lambda: text in screen())
            to_board.append((time.perf_counter() - start) * 1000)
            phone.request("GET", "/api/state", headers=headers)
            version = json.loads(phone.getresponse().read())["version"]
            waiting = http.client.HTTPConnection("127.0.0.1", address.port, timeout=30)
            waiting.request("GET", "/api/state?after=%d" % version, headers=headers)
            typed = "Board %d" % number
            tmux("send-keys", "a", typed, "Enter")
            start = time.perf_counter()
            state = waiting.getresponse().read().decode()
            if typed not in state:
                waiting.request("GET", "/api/state?after=%d" % json.loads(state)["version"], headers=headers)
                state = waiting.getresponse().read().decode()
            to_phone.append((time.perf_counter() - start) * 1000)
            waiting.close()
        print("phone card -> board screen: median %.0f ms, p99 %.0f ms" % (percentile(to_board, 0.5), percentile(to_board, 0.99)))
        print("board card -> waiting phone: median %.0f ms, p99 %.0f ms" % (percentile(to_phone, 0.5), percentile(to_phone, 0.99)))
        phones = int(sys.argv[2]) if len(sys.argv) > 2 else 50
        to_all = to_many(address, phones, max(5, rounds // 3), headers)
        print("board card -> %d waiting phones: median %.0f ms, p99 %.0f ms, slowest %.0f ms"
              % (phones, percentile(to_all, 0.5), percentile(to_all, 0.99), max(to_all)))
    finally:
        tmux("kill-server")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
