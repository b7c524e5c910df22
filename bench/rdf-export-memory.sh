#!/usr/bin/env bash
# Streaming RDF export memory benchmark: builds a graph of >1M triples in an embedded Neo4j and
# exports it as N-Triples and N-Quads from a forked JVM with a small heap; prints the peak heap.
#   bench/rdf-export-memory.sh [ARTICLES=6200] [HEAP=64m]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles="${1:-6200}"; heap="${2:-64m}"
mvn -B -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ExportMemoryIT \
    -Dkhabar.bench.articles="$articles" -Dkhabar.bench.heap="$heap" | grep -E '\[memory\]|Tests run:'
