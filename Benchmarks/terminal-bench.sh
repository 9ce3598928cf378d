#!/usr/bin/env bash
# Measures the board in a real terminal (tmux, 120x40):
#  - time to the first frame for each shipped workshop, against `vim -u NONE` opening the same file, both
#    measured the same way in the same run, round by round in turn (start a tmux session, poll the screen until
#    the file's content shows);
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
# Both programs open copies in a folder of their own, so that no lock or swap file meets a board that is open.
work=$(mktemp -d)
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
cp Workshops/*.yaml "$work"/

# Polls the screen until it shows $1; gives up after five seconds.
wait_for() {
  local tries=0
  until tmux_ capture-pane -p 2>/dev/null | grep -qF -- "$1"; do
    tries=$((tries + 1))
    if (( tries > 2500 )); then echo "no screen showing '$1' within 5 s" >&2; exit 1; fi
    sleep 0.002
  done
}

now_ns() { date +%s%N; }

# Starts a command in a fresh session and prints the milliseconds until the screen shows $2.
first_frame() {
  local command=$1 marker=$2 start end
  tmux_ kill-server 2>/dev/null || true
  start=$(now_ns)
  tmux_ new-session -d -x 120 -y 40 "$command"
  wait_for "$marker"
  end=$(now_ns)
  tmux_ kill-server 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "first frame, median of $rounds rounds (ms):"
for file in "$work"/*.yaml; do
  second_line=$(sed -n 2p "$file" | cut -c1-30)
  # The two programs take turns, so that the machine's ups and downs reach both alike.
  board_times=() vim_times=()
  for _ in $(seq "$rounds"); do
    rm -f "$work"/.*.swp "$work"/.*lock*
    board_times+=("$(first_frame "LANG=C.UTF-8 '$bin' --no-color '$file'" "? help")")
    vim_times+=("$(first_frame "vim -u NONE '$file'" "$second_line")")
  done
  board=$(printf '%s\n' "${board_times[@]}" | median)
  vim=$(printf '%s\n' "${vim_times[@]}" | median)
  ratio=$(awk -v a="$board" -v b="$vim" 'BEGIN { printf "%.2f", a / b }')
  printf '  %-40s sixcluster %4s   vim -u NONE %4s   ratio %s\n' "$(basename "$file")" "$board" "$vim" "$ratio"
done

echo "bytes written for one cursor move on the board (j), median of $rounds:"
file=$work/fahrradhandel-city-c200.yaml
bytes=$(for _ in $(seq "$rounds"); do
  tmux_ kill-server 2>/dev/null || true
  rm -f "$work"/.*lock*
  out=$(mktemp)
  tmux_ new-session -d -x 120 -y 40 "LANG=C.UTF-8 '$bin' --no-color '$file'"
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
