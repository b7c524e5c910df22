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
    # marginal cost between consecutive sizes: the fixed start-up cost (JVM, Neo4j) cancels out
    marg_x = xs[1:]
    marg = [1000 * (statistics.median(wall[b]) - statistics.median(wall[a])) / (b - a) for a, b in zip(xs, xs[1:])]
    m = [statistics.median(rss[x]) for x in xs]
    fig, ax = plt.subplots(1, 3, figsize=(13, 4))
    ax[0].plot(xs, w, "o-"); ax[0].set_title("wall time (s)")
    ax[1].plot(xs, per, "o-", color="tab:orange", label="wall / articles")
    if marg:
        ax[1].plot(marg_x, marg, "s--", color="tab:red", label="marginal (Δwall / Δarticles)")
    ax[1].set_title("per article (ms)"); ax[1].legend(fontsize=8)
    ax[1].set_ylim(bottom=0)
    ax[2].plot(xs, m, "o-", color="tab:green"); ax[2].set_title("peak RSS (MB)"); ax[2].set_ylim(bottom=0)
    for a in ax:
        a.set_xlabel("articles loaded (corpus prefix)"); a.grid(alpha=.3)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    print(f"bench: wrote {out}")
    table = out.rsplit(".", 1)[0] + ".md"
    with open(table, "w") as f:
        f.write("| articles | wall (median, min–max) | per article | marginal per article | peak RSS |\n|---|---|---|---|---|\n")
        for i, x in enumerate(xs):
            mg = f"{marg[i - 1]:.1f} ms" if i > 0 else "–"
            f.write(f"| {x:,} | {w[i]:.1f} s ({min(wall[x]):.1f}–{max(wall[x]):.1f}, {len(wall[x])} runs) | "
                    f"{per[i]:.1f} ms | {mg} | {m[i]:,.0f} MB |\n")
    print(f"bench: wrote {table}")

if __name__ == "__main__":
    main()
