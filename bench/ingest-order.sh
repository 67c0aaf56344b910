#!/bin/bash
# `dyad ingest` of the sample corpus four ways: sorted (--jobs 1), reversed (--jobs 2), shuffled
# (--jobs 2), and shuffled killed with -9 once 20 articles are stored, then run again reversed.
# Each store's jsonl, csv and plover exports and its actors are compared with the sorted one's.
#   bash bench/ingest-order.sh        (from the repository; needs the sqlite3 command to see the crash point)
set -u
out=$(mktemp -d)
dyad() { node --import tsx src/cli/main.ts "$@"; }
sorted=$(ls samples/corpus/* | sort)
reversed=$(ls samples/corpus/* | sort -r)
shuffled=$(ls samples/corpus/* | sort | awk '{print NR % 7, NR, $0}' | sort -n -k1,1 -k2,2 | cut -d' ' -f3)
dump() {
  for f in jsonl csv plover; do dyad export --db "$1" --format $f --out "$1.$f" 2>/dev/null; done
  dyad actors --db "$1" --limit 100000 --format jsonl >"$1.actors"
}
dyad ingest $sorted --db $out/sorted.db --jobs 1 --quiet && dump $out/sorted.db
dyad ingest $reversed --db $out/reversed.db --jobs 2 --quiet && dump $out/reversed.db
dyad ingest $shuffled --db $out/shuffled.db --jobs 2 --quiet && dump $out/shuffled.db
dyad ingest $shuffled --db $out/crash.db --jobs 2 --quiet &
pid=$!
for _ in $(seq 1000); do
  n=$(sqlite3 $out/crash.db 'SELECT count(*) FROM articles' 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 20 ] && break
  sleep 0.2
done
kill -9 $(pgrep -P $pid) $pid 2>/dev/null
wait $pid 2>/dev/null
echo "killed with $(sqlite3 $out/crash.db 'SELECT count(*) FROM articles' 2>/dev/null) articles stored"
dyad ingest $reversed --db $out/crash.db --jobs 1 --quiet && dump $out/crash.db
echo "sorted: $(wc -l <$out/sorted.db.jsonl) events, $(wc -l <$out/sorted.db.actors) actors"
for run in reversed shuffled crash; do
  same=yes
  for f in jsonl csv plover actors; do cmp -s $out/sorted.db.$f $out/$run.db.$f || same="NO ($f differs)"; done
  echo "$run: identical to sorted: $same"
done
rm -rf "$out"
