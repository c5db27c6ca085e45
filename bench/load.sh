#!/usr/bin/env bash
# Load benchmark (not a test): the application on PostgreSQL with N synthetic records, driven by wrk
# over loopback, 32 connections for 60 s per page. Prints requests/s, p50/p99 latency, errors, heap.
#   bench/load.sh [records=100000] [seconds=60] [connections=32]
# PostgreSQL: BANSOU_BENCH_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test), user
# BANSOU_TEST_POSTGRES_USER (default postgres); a schema bansou_load_<records> is created and kept
# (delete it with DROP SCHEMA … CASCADE), so a second run skips the import.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${1:-100000}
SECONDS_EACH=${2:-60}
CONNECTIONS=${3:-32}
PORT=${BANSOU_BENCH_PORT:-18080}
PG_URL=${BANSOU_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${BANSOU_TEST_POSTGRES_USER:-postgres}
SCHEMA=bansou_load_${RECORDS}
URL="${PG_URL}?currentSchema=${SCHEMA}"
BASE=http://127.0.0.1:${PORT}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -o test-compile
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
HOSTPORT=$(echo "$PG_URL" | sed -E 's#jdbc:postgresql://([^/]+)/([^?]+).*#\1#'); DB=$(echo "$PG_URL" | sed -E 's#jdbc:postgresql://([^/]+)/([^?]+).*#\2#')
PSQL=(psql -h "${HOSTPORT%%:*}" -p "$( [[ $HOSTPORT == *:* ]] && echo "${HOSTPORT##*:}" || echo 5432)" -U "$PG_USER" -d "$DB" -qtA)
if [[ -z $("${PSQL[@]}" -c "SELECT 1 FROM information_schema.schemata WHERE schema_name = '$SCHEMA'") ]]; then
  "${PSQL[@]}" -c "CREATE SCHEMA $SCHEMA"
  java -Xmx512m -cp "$CP" jp.bansou.benchmark.LoadData "$URL" "$PG_USER" "$RECORDS"
fi

java -Xmx512m -cp "$CP" jp.bansou.BansouApplication --server.port="$PORT" --spring.datasource.url="$URL" \
  --spring.datasource.username="$PG_USER" --spring.datasource.password= --logging.level.root=WARN \
  --spring.main.banner-mode=off > target/benchmark/load-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" >/dev/null; do sleep 1; kill -0 $APP; done

JAR=$(mktemp)
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=admin&password=demo&_csrf=$TOKEN" "$BASE/login"
COOKIE=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
ITEM=$("${PSQL[@]}" -c "SET search_path TO $SCHEMA; SELECT y.id FROM item_year y JOIN kpi_item k ON k.id = y.item_id WHERE y.fiscal_year = 2022 ORDER BY y.id LIMIT 1")

DISTRICT=$("${PSQL[@]}" -c "SET search_path TO $SCHEMA; SELECT id FROM district ORDER BY id LIMIT 1")

printf '%-40s %10s %9s %9s %7s\n' page "req/s" p50 p99 errors
for path in "/target-table?fy=2022" "/dashboard" "/activities?fy=2022&month=6&district=$DISTRICT&q=合成" "/items/$ITEM/check-ins"; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: JSESSIONID=$COOKIE" "$BASE$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe="/?=&"))' "$path")")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  printf '%-40s %10s %9s %9s %7s\n' "$path" "$rps" "$p50" "$p99" "$errors"
done
echo "heap:"; jcmd $APP GC.heap_info | sed -n '2,3p'
