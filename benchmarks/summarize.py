#!/usr/bin/env python3
"""Turns a JMH JSON result file of the cem benchmarks into Markdown tables with ratios.

Usage: python3 benchmarks/summarize.py benchmarks/results/<date>-<profile>.json > summary.md

Reads <same name>.machine.txt beside the JSON when present (written by run.sh) for the machine
line and the command. Standard library only. Ratios are taken between results of the same file
(one JMH run) and the same row count; their error is propagated from the JMH 99.9% error
bars, assuming independent errors.
"""
import json
import math
import os
import sys

PKG = "dev.cem.benchmarks."
TO_NS = {"ns/op": 1.0, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}
PER_S = {"ops/ns": 1e9, "ops/us": 1e6, "ops/ms": 1e3, "ops/s": 1.0, "ops/min": 1 / 60.0}

# Grouped and ungrouped passes: benchmark method -> label.
ROLES = {
    "baselineLimit": "(a) limit: read every column once",
    "baselineHandWritten": "(b) hand-written columnar loop",
    "baselineStreams": "(c) records + Collectors.groupingBy",
    "baselineDuckDb": "(d) DuckDB SQL via JDBC",
    "libraryColumnar": "cem columnar scorer",
    "libraryObjects": "cem object API with accumulators",
}


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def split(name):
    name = name[len(PKG):] if name.startswith(PKG) else name
    cls, _, method = name.rpartition(".")
    return cls, method


def threads_of(r):
    p = r.get("params", {})
    if "threads" in p:
        return p["threads"]
    if "duckdbThreads" in p:
        return p["duckdbThreads"]
    return "1"


def ns_per_op(r):
    m = r["primaryMetric"]
    unit = m["scoreUnit"]
    s, e = num(m["score"]), num(m["scoreError"])
    if unit in TO_NS:
        return s * TO_NS[unit], e * TO_NS[unit]
    if unit in PER_S:
        ops = s * PER_S[unit]
        return 1e9 / ops, 1e9 / ops * (e / s if s else float("nan"))
    return float("nan"), float("nan")


def median_ns_per_op(r):
    """The median iteration in ns/op: one slow iteration (a GC pause, a neighbour) moves the mean
    and its error bar a lot, the median little."""
    m = r["primaryMetric"]
    values = sorted(num(x) for fork in m.get("rawData", []) for x in fork)
    if not values:
        return float("nan")
    mid = len(values) // 2
    v = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    unit = m["scoreUnit"]
    if unit in TO_NS:
        return v * TO_NS[unit]
    if unit in PER_S:
        return 1e9 / (v * PER_S[unit])
    return float("nan")


def alloc(r):
    for k, v in r.get("secondaryMetrics", {}).items():
        if k.endswith("gc.alloc.rate.norm"):
            return num(v["score"]), num(v["scoreError"])
    return None


def ratio(x, ex, y, ey):
    """x / y with a propagated error."""
    if not (y > 0) or not (x > 0):
        return float("nan"), float("nan")
    r = x / y
    # JMH reports no error (NaN) for a single iteration; the ratio then has none either.
    rel = math.sqrt((ex / x) ** 2 + (ey / y) ** 2)
    return r, r * rel


def fmt(v, e=None, digits=3):
    if v != v:
        return "n/a"
    s = f"{v:.{digits}g}" if abs(v) < 1e4 else f"{v:,.0f}"
    if e is None or e != e:
        return s
    return f"{s} ± {e:.2g}"


def pass_tables(results, cls):
    rows = [r for r in results if split(r["benchmark"])[0] == cls]
    if not rows:
        return [f"_{cls}: not in this run._", ""]
    out = []
    sizes = sorted({int(r["params"]["rows"]) for r in rows if "rows" in r.get("params", {})})
    for n in sizes:
        at = {}
        for r in rows:
            if int(r["params"].get("rows", -1)) != n:
                continue
            at[(split(r["benchmark"])[1], threads_of(r))] = r

        def t(method, threads="1"):
            r = at.get((method, threads))
            return ns_per_op(r) if r else (float("nan"), float("nan"))

        a, b, c = t("baselineLimit"), t("baselineHandWritten"), t("baselineStreams")
        out.append(f"### {cls}, rows = {n:,}")
        out.append("")
        out.append("| implementation | threads | ns/row | million rows/s | time ÷ (a) | time ÷ (b) | (c) ÷ time | DuckDB (same threads) ÷ time | B/op |")
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        order = list(ROLES)
        for (method, threads) in sorted(at, key=lambda k: (order.index(k[0]) if k[0] in order else 99, k[1])):
            r = at[(method, threads)]
            ns, ens = ns_per_op(r)
            per_row, eper_row = ns / n, ens / n
            mrows = 1e3 / per_row if per_row > 0 else float("nan")
            emrows = mrows * (eper_row / per_row) if per_row > 0 else float("nan")
            duck_threads = {"all": "default", "default": "default"}.get(threads, threads)
            d = t("baselineDuckDb", duck_threads)
            al = alloc(r)
            out.append("| {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
                ROLES.get(method, method), threads, fmt(per_row, eper_row), fmt(mrows, emrows),
                fmt(*ratio(ns, ens, *a)), fmt(*ratio(ns, ens, *b)), fmt(*ratio(*c, ns, ens)),
                fmt(*ratio(*d, ns, ens)), fmt(al[0], digits=4) if al else "n/a"))
        out.append("")
    return out


def other_table(results):
    rows = [r for r in results if split(r["benchmark"])[0] not in ("GroupedBenchmark", "UngroupedBenchmark")]
    if not rows:
        return ["_No other benchmarks in this run._", ""]
    out = ["| benchmark | params | score | unit | ns/op | B/op |", "| --- | --- | ---: | --- | ---: | ---: |"]
    for r in rows:
        cls, method = split(r["benchmark"])
        m = r["primaryMetric"]
        params = ", ".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items())) or "-"
        ns, ens = ns_per_op(r)
        al = alloc(r)
        out.append("| {}.{} | {} | {} | {} | {} | {} |".format(
            cls, method, params, fmt(num(m["score"]), num(m["scoreError"]), 4), m["scoreUnit"],
            fmt(ns, ens), fmt(al[0], digits=4) if al else "n/a"))
    out.append("")
    return out


def find(results, cls, method, **params):
    for r in results:
        c, m = split(r["benchmark"])
        if c == cls and m == method and all(str(r.get("params", {}).get(k)) == str(v) for k, v in params.items()):
            return r
    return None


def targets(results):
    """The issue's targets, checked on the largest row count present."""
    sizes = sorted({int(r["params"]["rows"]) for r in results if "rows" in r.get("params", {})})
    n = sizes[-1] if sizes else None
    out = [f"Checked at rows = {n:,}." if n else "No pass benchmarks in this run.", "",
           "| target | mean | median iteration | verdict |", "| --- | ---: | ---: | --- |"]

    def ns(cls, method, **p):
        if n is not None and "rows" not in p:
            p["rows"] = n
        r = find(results, cls, method, **p)
        return (*ns_per_op(r), median_ns_per_op(r)) if r else None

    def one(r):
        return (*ns_per_op(r), median_ns_per_op(r)) if r else None

    def meets(v, limit, at_most):
        return v <= limit if at_most else v >= limit

    def check(label, value, limit, at_most):
        """value: (mean, error, median); met only if the mean and the median iteration both are."""
        if value is None or value[0] != value[0]:
            out.append(f"| {label} | not measured | - | - |")
            return
        mean, err, median = value
        ok, ok_median = meets(mean, limit, at_most), meets(median, limit, at_most)
        if ok and ok_median:
            verdict = "met"
        elif ok != ok_median:
            verdict = "met by the mean only" if ok else "met by the median iteration only"
        elif at_most:
            verdict = f"missed: {mean / limit:.2f}x the limit" if limit >= 1 else f"missed: {fmt(mean)}"
        else:
            verdict = f"missed: {mean / limit * 100:.0f}% of the target"
        out.append(f"| {label} | {fmt(mean, err)} | {fmt(median)} | {verdict} |")

    def rt(x, y):
        if not (x and y):
            return None
        return (*ratio(x[0], x[1], y[0], y[1]), x[2] / y[2])

    g = "GroupedBenchmark"
    lib1 = ns(g, "libraryColumnar", threads="1")
    lib2 = ns(g, "libraryColumnar", threads="2")
    check("grouped: cem 1 thread ÷ (b) ≤ 1.2", rt(lib1, ns(g, "baselineHandWritten")), 1.2, True)
    check("grouped: (c) ÷ cem 1 thread ≥ 6", rt(ns(g, "baselineStreams"), lib1), 6, False)
    check("grouped: DuckDB 1 thread ÷ cem 1 thread ≥ 5", rt(ns(g, "baselineDuckDb", duckdbThreads="1"), lib1), 5, False)
    check("grouped: DuckDB default ÷ cem all cores ≥ 5",
          rt(ns(g, "baselineDuckDb", duckdbThreads="default"), ns(g, "libraryColumnar", threads="all")), 5, False)
    check("grouped: cem 1 thread ÷ cem 2 threads ≥ 1.6", rt(lib1, lib2), 1.6, False)
    u = "UngroupedBenchmark"
    check("ungrouped: cem 1 thread ÷ (a) ≤ 2",
          rt(ns(u, "libraryColumnar", threads="1"), ns(u, "baselineLimit")), 2, True)
    compiled = find(results, "SingleCustomerBenchmark", "compiledBundle")
    check("compiled bundle ns/op ≤ 10", one(compiled), 10, True)
    a = (*alloc(compiled), alloc(compiled)[0]) if compiled else None
    # gc.alloc.rate.norm is a measured average: below half a byte per operation is 0 B/op.
    check("compiled bundle B/op = 0 (gc.alloc.rate.norm < 0.5)", a, 0.5, True)
    obj = find(results, "SingleCustomerBenchmark", "objectApiBundle")
    check("object-API bundle ns/op ≤ 50", one(obj), 50, True)
    mat = find(results, "MaturityBenchmark", "scoreBuiltInModel")
    check("maturity scoring ns/op ≤ 20,000", one(mat), 20_000, True)
    j = find(results, "JourneyBenchmark", "assembleSorted")
    jrate = None
    if j:
        t, e = ns_per_op(j)
        jrate = (1e9 / t, 1e9 / t * e / t, 1e9 / median_ns_per_op(j))
    check("journey assembly interactions/s ≥ 5,000,000 (sorted, 1 thread)", jrate, 5e6, False)
    out.append("")
    return out


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = argv[1]
    results = load(path)
    machine = os.path.splitext(path)[0] + ".machine.txt"
    lines = ["# cem benchmark results", ""]
    if os.path.exists(machine):
        with open(machine, encoding="utf-8") as f:
            m = f.read().strip().splitlines()
        lines += [f"Machine: {m[0]}", ""]
        if len(m) > 1:
            lines += ["Command:", "", "```", m[1], "```", ""]
    if results:
        r0 = results[0]
        lines += [f"JVM: {r0.get('vmName', '?')} {r0.get('vmVersion', '?')}; JMH {r0.get('jmhVersion', '?')}; "
                  f"forks {r0.get('forks', '?')}, warm-up {r0.get('warmupIterations', '?')} x {r0.get('warmupTime', '?')}, "
                  f"measurement {r0.get('measurementIterations', '?')} x {r0.get('measurementTime', '?')}.", ""]
        if r0.get("forks") == 0 or (r0.get("measurementIterations") or 0) < 2:
            lines += ["**Smoke run (no fork or a single iteration): these numbers are not measurements.**", ""]
    lines += ["Errors are JMH's 99.9% confidence half-widths; ratio errors are propagated from them.", ""]
    lines += ["## Targets", ""] + targets(results)
    lines += ["## Grouped job (1000 segments)", ""] + pass_tables(results, "GroupedBenchmark")
    lines += ["## Ungrouped job", ""] + pass_tables(results, "UngroupedBenchmark")
    lines += ["## Other benchmarks", ""] + other_table(results)
    sys.stdout.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
