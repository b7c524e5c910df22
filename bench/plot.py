#!/usr/bin/env python3
"""Plots the end-to-end `khabar load` curve from e2e.tsv (columns: articles, run, wall_s, maxrss_kb):
wall time, per-article cost and peak RSS against the number of articles. Usage:
  plot.py e2e.tsv OUT.png [TITLE]"""
import csv, statistics, sys
from collections import defaultdict

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def main():
    src, out = sys.argv[1], sys.argv[2]
    title = sys.argv[3] if len(sys.argv) > 3 else "khabar load: end to end"
    wall, rss = defaultdict(list), defaultdict(list)
    with open(src) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            n = int(r["articles"])
            wall[n].append(float(r["wall_s"]))
            rss[n].append(int(r["maxrss_kb"]) / 1024)
    xs = sorted(wall)
    w = [statistics.median(wall[x]) for x in xs]
    per = [1000 * statistics.median(wall[x]) / x for x in xs]
    m = [statistics.median(rss[x]) for x in xs]
    fig, ax = plt.subplots(1, 3, figsize=(13, 4))
    ax[0].plot(xs, w, "o-"); ax[0].set_title("wall time (s)")
    ax[1].plot(xs, per, "o-", color="tab:orange"); ax[1].set_title("per article (ms)")
    ax[1].set_ylim(bottom=0)
    ax[2].plot(xs, m, "o-", color="tab:green"); ax[2].set_title("peak RSS (MB)"); ax[2].set_ylim(bottom=0)
    for a in ax:
        a.set_xlabel("articles loaded (corpus prefix)"); a.grid(alpha=.3)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    print(f"bench: wrote {out}")

if __name__ == "__main__":
    main()
