"""A bounded load on the room, on 127.0.0.1 only: PEOPLE participants join, each sends CARDS cards and gives three
dots, all at once. Usage: room_load.py LINK PEOPLE CARDS. Prints JSON: how many cards were acknowledged, what
was refused, and the answers' times (median, p99 in ms)."""
import http.client
import json
import sys
import threading
import time
import urllib.parse


def main():
    link, people, cards = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    address = urllib.parse.urlparse(link)
    assert address.hostname == "127.0.0.1", "load only on 127.0.0.1"
    times, refused, acknowledged, lock = [], [], [], threading.Lock()

    def person(number):
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
        connection.request("GET", address.path + "?" + address.query)
        answer = connection.getresponse()
        answer.read()
        cookie = answer.getheader("Set-Cookie").split(";")[0]
        headers = {"Cookie": cookie, "Content-Type": "application/json"}
        connection.request("GET", "/api/state", headers=headers)
        me = json.loads(connection.getresponse().read())["you"]

        def post(path, body):
            start = time.perf_counter()
            connection.request("POST", path, json.dumps(body), headers)
            reply = connection.getresponse()
            text = reply.read().decode()
            with lock:
                times.append((time.perf_counter() - start) * 1000)
            return reply.status, text

        for card in range(cards):
            text = "Last %d-%d" % (number, card)
            status, reply = post("/api/cards", {"id": "p%d-c%d" % (number, card), "field": 3, "column": "soll", "text": text})
            with lock:
                (acknowledged if status == 201 else refused).append(text if status == 201 else [status, reply])
        for _ in range(3):
            status, reply = post("/api/dots", {"field": 3, "text": "Last %d-0" % number, "by": me, "dots": 1})
            if status != 200:
                with lock:
                    refused.append([status, reply])
        connection.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=person, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times.sort()
    print(json.dumps({
        "acknowledged": acknowledged, "refused": refused, "seconds": round(time.perf_counter() - start, 2),
        "median_ms": round(times[len(times) // 2], 1), "p99_ms": round(times[int(len(times) * 0.99) - 1], 1),
    }))


if __name__ == "__main__":
    main()
