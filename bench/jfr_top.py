#!/usr/bin/env python3
"""Summarizes `jfr print --events jdk.ExecutionSample FILE.jfr` (read from standard input):
the methods most often on top of the stack (self time) and the khabar methods most often
anywhere on it (inclusive time), as shares of all samples. Usage:
  jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr | jfr_top.py [N]"""
import re, sys
from collections import Counter

# where the time goes, by the first matching prefix anywhere on the stack (inclusive shares)
BUCKETS = [
    ("khabar extraction", ("org.khabar.extract.", "org.khabar.text.", "org.khabar.lexicon.")),
    ("khabar loader (plan, parameters)", ("org.khabar.neo4j.",)),
    ("khabar RDF export", ("org.khabar.rdf.",)),
    ("Lucene analysis", ("org.apache.lucene.analysis.",)),
    ("Cypher parsing/planning", ("org.neo4j.cypher.internal.frontend.", "org.neo4j.cypher.internal.compiler.",
                                 "org.neo4j.cypher.internal.planner.", "org.neo4j.cypher.internal.ast.",
                                 "org.neo4j.cypher.internal.rewriting.", "org.neo4j.cypher.internal.QueryCache",
                                 "org.neo4j.cypher.internal.CypherPlanner", "org.neo4j.cypher.internal.PreParser",
                                 "org.neo4j.cypher.internal.CypherCurrentCompiler.compile",
                                 "org.neo4j.cypher.internal.ExecutionEngine.getOrCompile")),
    ("Cypher runtime", ("org.neo4j.cypher.internal.runtime.", "org.neo4j.cypher.operations.")),
    ("transaction commit/log", ("org.neo4j.kernel.impl.api.TransactionCommitProcess", "org.neo4j.kernel.impl.transaction.log.",
                                "org.neo4j.kernel.impl.api.InternalTransactionCommitProcess",
                                "org.neo4j.kernel.impl.api.KernelTransactionImplementation.commit")),
    ("indexes (Lucene/range)", ("org.neo4j.kernel.api.impl.", "org.neo4j.kernel.impl.index.")),
    ("Bolt server", ("org.neo4j.bolt.",)),
    ("Neo4j Java driver", ("org.neo4j.driver.",)),
    ("Jena RIOT writing", ("org.apache.jena.riot.",)),
    ("class loading (jar reads)", ("java.util.zip.", "java.util.jar.", "jdk.internal.loader.")),
]

def bucket(frames):
    for name, prefixes in BUCKETS:
        if any(f.startswith(prefixes) for f in frames):
            return name
    return "other"

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    top, incl, samples = Counter(), Counter(), 0
    buckets = Counter()
    frames, in_stack = [], False
    frame = re.compile(r"^\s+([\w$.<>/]+)\(")
    for line in sys.stdin:
        if "stackTrace = [" in line:
            in_stack, frames = True, []
            continue
        if in_stack:
            if line.strip().startswith("]"):
                in_stack = False
                if frames:
                    samples += 1
                    top[frames[0]] += 1
                    for f in set(x for x in frames if x.startswith("org.khabar.") and not x.startswith("org.khabar.bench.")):
                        incl[f] += 1
                    buckets[bucket(frames)] += 1
                continue
            m = frame.match(line)
            if m:
                frames.append(m.group(1))
    print(f"{samples} samples")
    print("where (first matching area on the stack, in this order of precedence):")
    for b, c in buckets.most_common():
        print(f"  {100 * c / max(samples, 1):5.1f}%  {b}")
    print("top of stack (self):")
    for f, c in top.most_common(n):
        print(f"  {100 * c / max(samples, 1):5.1f}%  {f}")
    print("khabar methods anywhere on the stack (inclusive):")
    for f, c in incl.most_common(n):
        print(f"  {100 * c / max(samples, 1):5.1f}%  {f}")

if __name__ == "__main__":
    main()
