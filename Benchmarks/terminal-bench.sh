#!/usr/bin/env bash
# Measures the board in a real terminal (tmux, 120x40):
#  - time to the first frame for each shipped workshop, against `vim -u NONE` opening the same file, both
#    measured the same way in the same run, round by round in turn (Benchmarks/first-frame-tmux.py);
#  - how long tmux itself takes to take in each program's first frame (Benchmarks/tmux-intake.py);
#  - the bytes the board writes to the terminal for one cursor move on the board.
# Usage: bash Benchmarks/terminal-bench.sh [rounds]
# It builds the binary as README's install step does (release, one static file) in .build-static.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static \
  --product sixcluster >/dev/null 2>&1
bin=.build-static/release/sixcluster
socket="sixcluster-bench-$$"
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
# The board opens a copy in a folder of its own, so that it meets no other board on the file.
work=$(mktemp -d)
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
cp Workshops/fahrradhandel-city-c200.yaml "$work"/

# Polls the screen until it shows $1; gives up after five seconds.
wait_for() {
  local tries=0
  until tmux_ capture-pane -p 2>/dev/null | grep -qF -- "$1"; do
    tries=$((tries + 1))
    if (( tries > 2500 )); then echo "no screen showing '$1' within 5 s" >&2; exit 1; fi
    sleep 0.002
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

python3 Benchmarks/first-frame-tmux.py "$rounds" "$bin"
python3 Benchmarks/tmux-intake.py 5 "$bin"

echo "bytes written for one cursor move on the board (j), median of $rounds:"
file=$work/fahrradhandel-city-c200.yaml
bytes=$(for _ in $(seq "$rounds"); do
  tmux_ kill-server 2>/dev/null || true
  rm -f "$work"/.*lock*
  out=$(mktemp)
  tmux_ new-session -d -x 120 -y 40 "LANG=C.UTF-8 '$bin' --no-color --lang en '$file'"
  wait_for "? help"
  sleep 0.2
  tmux_ pipe-pane -o "cat > '$out'" 2>/dev/null
  tmux_ send-keys j
  sleep 0.3
  tmux_ pipe-pane 2>/dev/null || true
  wc -c < "$out"
  rm -f "$out"
done 2>/dev/null | median)
echo "  $bytes bytes (the whole 120x40 screen holds 4800 cells)"
