#!/usr/bin/env bash
# khabar benchmarks, whole process: see BENCHMARKS.md.
#
#   bench/run.sh [--corpus PATH] [--quick] [--only PARTS] [--out DIR] [--e2e-runs N] [--runs N]
#                [--sizes "1000 5000 10000 all"] [--stores DIR]
#
# PARTS (comma-separated, default all; run in this order): e2e, serve, extract, load (+rdf on the same graphs), jmh, profile. e2e:
# khabar load of 1k/5k/10k/all articles under /usr/bin/time -v, then the RDF export of the 5k
# store (1M+ triples); serve: cold start to Bolt and Browser ready; profile: JFR of extraction and loading.
# --stores DIR keeps the end-to-end stores in DIR/store-<n> (default: a temporary folder, removed).
# --quick runs everything on tiny sizes in a few minutes, to check that the harness works.
# Results: DIR (default target/bench/<date>) holds machine.txt, */results.md, jmh.txt, e2e.tsv,
# serve.tsv, profile-*.txt, load-scaling.png and summary.md. Exit code 3: the corpus is absent.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
args="$*"

corpus="../shared/corpus/saudinewsnet-2015.jsonl.gz"
quick=0
only="extract,load,jmh,e2e,serve,profile"
out=""
e2e_runs=1
runs=3
sizes_opt=""
stores=""
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus="$2"; shift 2 ;;
    --quick) quick=1; shift ;;
    --only) only="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --e2e-runs) e2e_runs="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes_opt="$2"; shift 2 ;;
    --stores) stores="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ ! -f "$corpus" ]; then
  echo "bench: corpus not found at $corpus: the benchmarks need a JSONL(.gz) corpus of articles" >&2
  echo "bench: (SaudiNewsNet at ../shared/corpus/saudinewsnet-2015.jsonl.gz); pass --corpus PATH" >&2
  exit 3
fi
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"
[ -n "$out" ] || out="target/bench/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
has() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
log() { echo "bench: $(date +%T) (load $(cut -d' ' -f1-3 /proc/loadavg)): $*" | tee -a "$out/run.log" >&2; }
tmp="$(mktemp -d /tmp/khabar-bench-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
if [ -n "$stores" ]; then mkdir -p "$stores"; stores="$(cd "$stores" && pwd)"; else stores="$tmp"; fi

if [ "$quick" = 1 ]; then
  articles=60; load_articles=60; naive=20; sizes="20 60"; warm=0; load_warm=0; extract_warm=0; extract_runs=1; runs=1; serve_runs=1; jmh="-f 1 -wi 1 -i 1 -w 1s -r 1s"
else
  # the load phase warms up 3 times: a 1,000-article load takes seconds, and the JIT keeps compiling
  # Neo4j's write path for the first few (see BENCHMARKS.md, "CPU of a load")
  # extraction: a run over 1,000 articles takes a third of a second on 1 core; the JIT needs about
  # 5 s of it to settle (with 5 warm-ups it was still compiling during the measured runs), so 20
  # warm-ups (about 7 s, as JMH's 3×5 s warm-up) and 5 runs; each measured run starts once the JIT is idle
  articles=1000; load_articles=1000; naive=50; sizes="1000 5000 10000 all"; warm=1; load_warm=3; serve_runs=3
  extract_warm=20; extract_runs=5
  jmh="-f 1 -wi 3 -w 5s -i 5 -r 5s"
fi

[ -n "$sizes_opt" ] && sizes="$sizes_opt"
{
  echo "command: bench/run.sh $args"
  echo "date: $(date -Is)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory:"; free -h
  echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "uptime: $(uptime)"
  echo "corpus: $corpus ($(stat -c %s "$corpus") bytes)"
} > "$out/machine.txt"
cat "$out/machine.txt" >&2

log "building (mvn package, test classes, classpath)"
mvn -B -q -o -DskipTests package >&2
mvn -B -q -o test-compile >&2
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >&2
cp="$root/target/test-classes:$root/target/classes:$(cat "$out/classpath.txt")"
harness() { java "$@"; }

if has e2e; then
  echo -e "articles\trun\twall_s\tmaxrss_kb\tsummary" > "$out/e2e.tsv"
  jsonl_load=1
  if ! bin/khabar load --help 2>/dev/null | grep -qi jsonl; then
    jsonl_load=0
    log "e2e: this khabar load does not read JSONL: each article is written to a .txt file first (not timed)"
  fi
  for n in $sizes; do
    if [ "$n" = all ]; then input="$corpus"; else input="$tmp/corpus-$n.jsonl"; { zcat -f "$corpus" || true; } | head -n "$n" > "$input"; fi
    if [ "$jsonl_load" = 0 ]; then
      # this khabar load reads text files only: the same articles, one .txt file each (metadata dropped)
      dir="$tmp/corpus-$n-txt"; rm -rf "$dir"; mkdir -p "$dir"
      { zcat -f "$input" || true; } | python3 -c '
import json, sys, os
d = sys.argv[1]
for i, line in enumerate(sys.stdin):
    t = (json.loads(line).get("content") or "").strip()
    if t:
        open(os.path.join(d, "%06d.txt" % i), "w", encoding="utf-8").write(t)
' "$dir"
      input="$dir"
    fi
    for r in $(seq 1 "$e2e_runs"); do
      store="$stores/store-$n"; rm -rf "$store"
      log "e2e: khabar load of $n articles, run $r"
      /usr/bin/time -v -o "$out/e2e-$n-$r.time" bin/khabar load --data "$store" "$input" > "$out/e2e-$n-$r.out" 2> "$out/e2e-$n-$r.err" || \
        log "khabar load of $n articles failed (exit $?), see $out/e2e-$n-$r.err"
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$out/e2e-$n-$r.time")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/e2e-$n-$r.time")
      count="$n"; [ "$n" = all ] && count=$(zcat -f "$corpus" | wc -l)
      echo -e "$count\t$r\t$wall\t$rss\t$(head -1 "$out/e2e-$n-$r.out")" >> "$out/e2e.tsv"
      log "e2e: $count articles: ${wall}s wall, ${rss} KB peak RSS: $(head -1 "$out/e2e-$n-$r.out")"
    done
  done
  # the RDF export runs on the 5k store when there is one (1M+ triples), else on the last one
  rdf_size="$(echo $sizes | awk '{print $NF}')"; case " $sizes " in *" 5000 "*) rdf_size=5000 ;; esac
  last="$stores/store-$rdf_size"
  if [ -d "$last" ]; then
    log "RDF export of the largest store ($last): streaming, and in memory"
    harness -Xmx6g -cp "$cp" org.khabar.bench.BenchMain --phases rdf --store "$last" --warmups 1 --runs "$runs" \
      --out "$out/rdf-all" | tee "$out/rdf-all.log"
    log "RDF export of the largest store, streaming only under -Xmx256m (heap stays flat)"
    harness -Xmx256m -cp "$cp" org.khabar.bench.BenchMain --phases rdf --store "$last" --no-model --warmups 0 --runs 1 \
      --out "$out/rdf-all-256m" | tee "$out/rdf-all-256m.log" || log "streaming export under -Xmx256m failed"
  fi
  py=python3; for p in python3 /usr/bin/python3; do if "$p" -c 'import matplotlib' 2>/dev/null; then py="$p"; break; fi; done
  "$py" bench/plot.py "$out/e2e.tsv" "$out/load-scaling.png" "khabar load, $(date +%Y-%m-%d), $(nproc) cores" >&2 || \
    log "no plot: matplotlib is missing (apt-get install -y python3-matplotlib)"
fi
if has serve; then
  log "serve: cold start to Bolt and Browser ready, $serve_runs runs"
  python3 bench/serve_probe.py bin/khabar "$tmp/serve-store" "$serve_runs" "$out/serve.tsv" >&2
fi
if has extract; then
  log "extraction: $articles articles, 1 and $(nproc) cores, against the Lucene bare pass"
  harness -Xmx4g -cp "$cp" org.khabar.bench.BenchMain --phases extract --corpus "$corpus" --articles "$articles" \
    --warmups "$extract_warm" --runs "$extract_runs" --out "$out/extract" | tee "$out/extract.log"
fi
if has load; then
  # first in the JVM bin/khabar gives `khabar load` (client JIT only, see bin/khabar), then in the
  # JVM's default (as `khabar export` runs), with the RDF export of the same graph
  log "loading (khabar load's JVM: -XX:TieredStopAtLevel=1): $load_articles articles batched, $naive also naive"
  harness -Xmx4g -XX:TieredStopAtLevel=1 -cp "$cp" org.khabar.bench.BenchMain --phases load --corpus "$corpus" \
    --load-articles "$load_articles" --naive-articles "$naive" --warmups "$load_warm" --runs "$runs" \
    --out "$out/load-c1" | tee "$out/load-c1.log"
  log "loading (the JVM's default JIT): $load_articles articles batched, $naive also naive; RDF export of the same graph"
  harness -Xmx4g -cp "$cp" org.khabar.bench.BenchMain --phases load,rdf --corpus "$corpus" \
    --load-articles "$load_articles" --naive-articles "$naive" --warmups "$load_warm" --runs "$runs" \
    --out "$out/load" | tee "$out/load.log"
fi
if has jmh; then
  log "JMH: extractor and normalizers"
  java -cp "$cp" org.openjdk.jmh.Main 'org.khabar.bench.jmh.*' $jmh -jvmArgsAppend "-Xmx2g -Dkhabar.corpus=$corpus" \
    -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Jmh\.)|Result' >&2 || true
fi
if has profile; then
  # JFR of the measured runs only (after one warm-up), with deep stacks: Cypher's are deep
  jfropts="-XX:FlightRecorderOptions:stackdepth=512 -Dbench.jfr=$out/jfr"
  log "profile: JFR of extraction (1 and $(nproc) threads)"
  harness -Xmx4g $jfropts -cp "$cp" org.khabar.bench.BenchMain --phases extract --corpus "$corpus" \
    --articles "$articles" --warmups 1 --runs 1 --out "$out/profile" > /dev/null
  log "profile: JFR of the batched load (client and embedded server in one process)"
  harness -Xmx4g $jfropts -cp "$cp" org.khabar.bench.BenchMain --phases load --corpus "$corpus" \
    --load-articles "$load_articles" --naive-articles 1 --warmups 1 --runs 1 --out "$out/profile-load" > /dev/null
  for f in "$out"/jfr/*.jfr; do
    b="$(basename "$f" .jfr)"
    jfr print --stack-depth 300 --events jdk.ExecutionSample "$f" | python3 bench/jfr_top.py 20 > "$out/profile-$b.txt"
    jfr print --stack-depth 300 --events jdk.NativeMethodSample "$f" | python3 bench/jfr_top.py 10 > "$out/profile-$b-native.txt"
  done
fi

{
  echo "# khabar benchmark run"; echo; echo '```'; cat "$out/machine.txt"; echo "uptime at end: $(uptime)"; echo '```'
  for f in extract/results.md load-c1/results.md load/results.md rdf-all/results.md rdf-all-256m/results.md; do
    [ -f "$out/$f" ] && { echo; echo "## $f"; echo; cat "$out/$f"; }
  done
  [ -f "$out/jmh.txt" ] && { echo; echo "## JMH"; echo '```'; sed -n '/^Benchmark /,$p' "$out/jmh.txt"; echo '```'; }
  [ -f "$out/e2e.tsv" ] && { echo; echo "## end to end"; echo; [ -f "$out/load-scaling.md" ] && cat "$out/load-scaling.md"; echo '```'; cat "$out/e2e.tsv"; echo '```'; }
  [ -f "$out/serve.tsv" ] && { echo; echo "## serve"; echo '```'; cat "$out/serve.tsv"; echo '```'; }
  for f in "$out"/profile-*.txt; do
    [ -f "$f" ] && { echo; echo "## $(basename "$f")"; echo '```'; cat "$f"; echo '```'; }
  done
} > "$out/summary.md"
log "done: $out/summary.md"
