#!/usr/bin/env bash
# The figures of docs/PERFORMANCE.md for the commands used between workshops, on a release build:
#   sixcluster import   5,000 answers × 20 questions (36,004 distinct answers), into the parking lot and into Ist
#   sixcluster actions  100 workshops with 40 actions each, in every format
#   sixcluster orders   1,000,000 orders × 9 columns, and the shipped sample in every format
# Usage: Benchmarks/between-workshops.sh [BINARY]   (default: .build/release/sixcluster, built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/sixcluster}"
[ -x "$bin" ] || swift build -c release --product sixcluster >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
rng = random.Random(5)
words = ["Farbe", "Lieferzeit", "Preis", "Beratung", "Montage", "Griffe", "Muster", "Holz", "Lack", "Service",
         "schneller", "günstiger", "mehr", "weniger", "Auswahl", "online", "Termin", "Qualität"]
texts = [" ".join(rng.choice(words) for _ in range(3)) + f" {i}" for i in range(4000)]
codes = [f"F{f:02d}.{q}" for f in range(1, 11) for q in (1, 2)]
with open(f"{work}/answers.csv", "w") as out:
    out.write("id," + ",".join(codes) + "\n")
    for row in range(5000):
        out.write(f"{row}," + ",".join(rng.choice(texts) for _ in codes) + "\n")
import os
os.makedirs(f"{work}/workshops")
for i in range(100):
    lines = ["format: 4", f"title: Workshop {i}", f"organisation: Firm {i}", "language: de", "fields:"]
    for t in range(1, 21):
        lines += [f"- topic: {t}", "  ist:"] + [f"  - Ist card {c} of field {t}" for c in range(5)] + ["  soll:"]
        lines += [f"  - Target {c} of field {t}" for c in range(3)]
        lines.append(f"  - {{text: Action A{t} in {i}, owner: Anna, due: '2026-{(t % 12) + 1:02d}-15', status: doing}}")
        lines.append(f"  - {{text: Action B{t} in {i}, owner: Ben, due: '{(t % 28) + 1}.03.2027'}}")
    open(f"{work}/workshops/w{i:03d}.yaml", "w").write("\n".join(lines) + "\n")
PY
scripts/make-sample-orders 1000000 "$work/orders.csv"

measure() { /usr/bin/time -f "  %e s  %M KB  $1" "${@:2}" >/dev/null 2>"$work/err" || true; tail -1 "$work/err"; }
echo "import (5,000 × 20):"
for into in parked ist; do
  cp Workshops/joinery-kitchen-fronts.yaml "$work/w.yaml"
  measure "--into $into" "$bin" import "$work/w.yaml" "$work/answers.csv" --into "$into"
done
echo "actions (100 workshops, 4,000 actions):"
for format in text json csv ics; do measure "$format" "$bin" actions "$work/workshops" --format "$format" --today 2026-12-08; done
echo "orders:"
measure "1,000,000 orders" "$bin" orders "$work/orders.csv"
for format in text md json svg; do
  measure "sample, $format" "$bin" orders Workshops/fahrradhandel-city-c200-bestellungen-erfunden.csv --format "$format"
done
