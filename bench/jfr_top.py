#!/usr/bin/env python3
"""Summarizes `jfr print --events jdk.ExecutionSample FILE.jfr` (read from standard input):
the methods most often on top of the stack (self time) and the khabar methods most often
anywhere on it (inclusive time), as shares of all samples. Usage:
  jfr print --events jdk.ExecutionSample rec.jfr | jfr_top.py [N]"""
import re, sys
from collections import Counter

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    top, incl, samples = Counter(), Counter(), 0
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
                    for f in set(x for x in frames if x.startswith("org.khabar.")):
                        incl[f] += 1
                continue
            m = frame.match(line)
            if m:
                frames.append(m.group(1))
    print(f"{samples} execution samples")
    print("top of stack (self):")
    for f, c in top.most_common(n):
        print(f"  {100 * c / max(samples, 1):5.1f}%  {f}")
    print("khabar methods anywhere on the stack (inclusive):")
    for f, c in incl.most_common(n):
        print(f"  {100 * c / max(samples, 1):5.1f}%  {f}")

if __name__ == "__main__":
    main()
