"""The room killed in the middle of a load, on 127.0.0.1 only. Two steps:
  room_fault.py send LINK PEOPLE CARDS STATE.json   participants send cards until the room stops answering; what
                                                    was acknowledged and what was not goes to STATE.json
  room_fault.py resend LINK STATE.json              each participant joins the room opened again and resends what
                                                    was never acknowledged, with the same ids, as a phone's queue does
Prints JSON counts."""
import http.client
import json
import sys
import threading
import urllib.parse


def join(link):
    address = urllib.parse.urlparse(link)
    assert address.hostname == "127.0.0.1", "load only on 127.0.0.1"
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    connection.request("GET", address.path + "?" + address.query)
    answer = connection.getresponse()
    answer.read()
    return connection, {"Cookie": answer.getheader("Set-Cookie").split(";")[0], "Content-Type": "application/json"}


def post(connection, headers, card):
    connection.request("POST", "/api/cards", json.dumps(card), headers)
    answer = connection.getresponse()
    answer.read()
    return answer.status


def send(link, people, cards, state_path):
    lock = threading.Lock()
    acknowledged, open_cards = [], []

    def person(number):
        mine = [{"id": "f%d-%d" % (number, n), "field": 5, "column": "ist", "text": "Absturz %d-%d" % (number, n)} for n in range(cards)]
        try:
            connection, headers = join(link)
        except Exception:
            with lock:
                open_cards.extend(mine)
            return
        for index, card in enumerate(mine):
            try:
                status = post(connection, headers, card)
            except Exception:
                with lock:
                    open_cards.extend(mine[index:])
                return
            with lock:
                (acknowledged if status in (200, 201) else open_cards).append(card)

    threads = [threading.Thread(target=person, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open(state_path, "w") as state:
        json.dump({"acknowledged": acknowledged, "open": open_cards}, state)
    print(json.dumps({"acknowledged": len(acknowledged), "open": len(open_cards)}))


def resend(link, state_path):
    with open(state_path) as state:
        open_cards = json.load(state)["open"]
    answers = {}
    # Each participant's phone resends its own queue.
    people = {}
    for card in open_cards:
        people.setdefault(card["id"].split("-")[0], []).append(card)
    lock = threading.Lock()

    def phone(cards):
        connection, headers = join(link)
        for card in cards:
            status = post(connection, headers, card)
            with lock:
                answers[status] = answers.get(status, 0) + 1

    threads = [threading.Thread(target=phone, args=(cards,)) for cards in people.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"resent": len(open_cards), "answers": answers}))


if __name__ == "__main__":
    if sys.argv[1] == "send":
        send(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    else:
        resend(sys.argv[2], sys.argv[3])
