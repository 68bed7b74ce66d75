#!/usr/bin/env python3
"""Folio against Hugo, the floor program and a copy of its own output, on synthetic
portfolios.

    bench.py [--sizes 1000,10000] [--runs 5] [--folio .build/release/folio]
             [--workdir /dev/shm/folio-bench] [--hyperfine]

For each size it generates a portfolio (generate.py), then builds it with Folio, Hugo and
the floor program (floor/floor.c), and copies Folio's output with `cp -r` (the least time
any tool needs to write those files), in turn, rotating which goes first, --runs times
after one untimed warm-up each. Every build writes into an empty folder under --workdir (memory
by default, so that the disk's noise stays out). Wall time is the clock around the
process; peak memory is its maximum resident set as GNU time reports it. Then it times
Folio's rebuilds of the built site: with nothing changed, and with one brief edited. It
prints the medians, the ratios Folio/Hugo, Folio/floor and Folio/copy, and each rebuild's share of the
full build, as Markdown tables.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
INSTALL = "apt-get install -y hugo hyperfine time libcmark-dev pkg-config (Debian, Ubuntu)"
GNU_TIME = "/usr/bin/time"


def require(tool, why):
    if shutil.which(tool) is None:
        sys.exit(f"bench.py: {tool} is not installed ({why}); install it with: {INSTALL}")


def measure(command, report):
    """Runs `command` under GNU time; returns (seconds, peak KB). Stops the benchmark when
    it fails.

    GNU time, not this script, starts the command: a child forked from Python would count
    Python's own pages in its peak.
    """
    start = time.perf_counter()
    process = subprocess.run([GNU_TIME, "-f", "%M", "-o", report, *command],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"bench.py: {' '.join(command)} failed ({process.returncode}):\n"
                 + process.stderr.decode(errors="replace"))
    with open(report, encoding="utf-8") as file:
        return seconds, int(file.read().split()[-1])


def output_size(folder):
    """The number of files below `folder` and their total size in bytes."""
    count = size = 0
    for parent, _, files in os.walk(folder):
        count += len(files)
        size += sum(os.lstat(os.path.join(parent, name)).st_size for name in files)
    return count, size


def commands(root, output, folio, floor, copied):
    content = os.path.join(root, "folio", "Content")
    return {
        "Folio": [folio, "build", "--content", content, "--templates",
                  os.path.join(root, "folio", "Templates"), "--output", output, "--quiet"],
        "Hugo": ["hugo", "--quiet", "--source", os.path.join(root, "hugo"),
                 "--destination", output],
        "floor": [floor, content, output],
        "copy": ["cp", "-r", copied, output],
    }


def bench_size(count, arguments, folio, floor):
    root = os.path.join(arguments.workdir, str(count))
    output = os.path.join(arguments.workdir, f"out-{count}")
    print(f"generating {count} accounts in {root}", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(count), root,
                    "--seed", str(arguments.seed)], check=True)
    # The copy peer copies what Folio's warm-up build wrote (Folio goes first in run 0).
    copied = os.path.join(arguments.workdir, f"folio-out-{count}")
    shutil.rmtree(copied, ignore_errors=True)
    tools = commands(root, output, folio, floor, copied)
    names = list(tools)
    samples = {name: [] for name in names}
    files = {}
    for run in range(arguments.runs + 1):
        order = names[run % len(names):] + names[:run % len(names)]
        for name in order:
            remove_output(output)
            seconds, peak = measure(tools[name], os.path.join(arguments.workdir, "time.txt"))
            if run == 0:
                files[name] = output_size(output)
                if name == "Folio":
                    subprocess.run(["cp", "-r", output, copied], check=True)
            else:
                samples[name].append((seconds, peak))
        if run:
            print(f"  {count} accounts, run {run}/{arguments.runs}: " + ", ".join(
                f"{name} {samples[name][-1][0]:.2f} s" for name in names), file=sys.stderr)
    if arguments.hyperfine:
        subprocess.run(["hyperfine", "--warmup", "1", "--runs", str(arguments.runs),
                        "--prepare", f"rm -rf {output}",
                        *[" ".join(tools[name]) for name in names]],
                       stdout=sys.stderr, check=True)
    medians = {name: (statistics.median(s for s, _ in samples[name]),
                      statistics.median(p for _, p in samples[name]) / 1024)
               for name in names}
    rebuilds = bench_rebuilds(root, output, tools["Folio"], arguments)
    remove_output(output)
    shutil.rmtree(copied, ignore_errors=True)
    return medians, files, rebuilds


def remove_output(output):
    """Removes a build and the record Folio keeps beside it, so the next build is clean."""
    shutil.rmtree(output, ignore_errors=True)
    record = os.path.join(os.path.dirname(output), f".{os.path.basename(output)}.folio-build")
    if os.path.exists(record):
        os.remove(record)


def bench_rebuilds(root, output, folio, arguments):
    """Times Folio's rebuilds of a built site: with nothing changed, and with one brief's
    text edited (a different edit each run, so that every run has a change to build).
    Returns the medians in seconds."""
    remove_output(output)
    report = os.path.join(arguments.workdir, "time.txt")
    measure(folio, report)
    unchanged = [measure(folio, report)[0] for _ in range(arguments.runs)]
    clients = os.path.join(root, "folio", "Content", "clients")
    brief = os.path.join(clients, sorted(os.listdir(clients))[0])
    with open(brief, encoding="utf-8") as file:
        original = file.read()
    edited = []
    try:
        for run in range(arguments.runs):
            with open(brief, "w", encoding="utf-8") as file:
                file.write(original + f"\nEdited for rebuild {run + 1}.\n")
            edited.append(measure(folio, report)[0])
    finally:
        with open(brief, "w", encoding="utf-8") as file:
            file.write(original)
    return statistics.median(unchanged), statistics.median(edited)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000",
                        help="comma-separated account counts (100000 works too)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each tool")
    parser.add_argument("--folio", default=os.path.join(REPO, ".build", "release", "folio"),
                        help="the folio binary (build it with: swift build -c release)")
    parser.add_argument("--workdir", default="/dev/shm/folio-bench",
                        help="where portfolios and builds go (default: memory)")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--hyperfine", action="store_true",
                        help="also time the three with hyperfine, as a cross-check")
    arguments = parser.parse_args()

    require("hugo", "the comparison")
    require(GNU_TIME, "to measure peak memory")
    require("cc", "the floor program")
    require("pkg-config", "to find libcmark")
    require("cp", "to time a copy of Folio's output")
    if arguments.hyperfine:
        require("hyperfine", "for --hyperfine")
    if not os.access(arguments.folio, os.X_OK):
        sys.exit(f"bench.py: there is no {arguments.folio}; build it with: "
                 "swift build -c release --product folio")
    os.makedirs(arguments.workdir, exist_ok=True)
    floor = os.path.join(arguments.workdir, "floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(HERE, "floor", "floor.c"), *flags],
                   check=True)

    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()
    folio = subprocess.run([arguments.folio, "--version"], capture_output=True,
                           text=True).stdout.strip()
    print(f"{time.strftime('%Y-%m-%d', time.gmtime())}, {platform.machine()}, "
          f"{os.cpu_count()} cores, output in {arguments.workdir}; folio {folio}, "
          f"hugo {hugo[1] if len(hugo) > 1 else '?'}; median of {arguments.runs} runs\n")
    print("| accounts | tool | files | written (MB) | wall (s) | peak memory (MB) |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    ratios = []
    rebuilds = []
    for count in [int(size) for size in arguments.sizes.split(",")]:
        medians, files, (unchanged, edited) = bench_size(count, arguments, arguments.folio, floor)
        for name, (seconds, peak) in medians.items():
            print(f"| {count:,} | {name} | {files[name][0]:,} | {files[name][1] / 1e6:.1f} | "
                  f"{seconds:.2f} | {peak:.0f} |", flush=True)
        folio_time, folio_peak = medians["Folio"]
        ratios.append(
            f"| {count:,} | {folio_time / medians['Hugo'][0]:.2f} | "
            f"{folio_time / medians['floor'][0]:.2f} | {folio_peak / medians['Hugo'][1]:.2f} | "
            f"{folio_peak / medians['floor'][1]:.2f} | {folio_time / medians['copy'][0]:.2f} |")
        rebuilds.append(
            f"| {count:,} | {folio_time:.2f} | {unchanged:.3f} | {unchanged / folio_time:.1%} | "
            f"{edited:.2f} | {edited / folio_time:.1%} |")
    print("\n| accounts | wall Folio/Hugo | wall Folio/floor | memory Folio/Hugo | "
          "memory Folio/floor | wall Folio/copy |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(ratios))
    print("\nFolio's rebuilds of a built site, into the same folder (targets: under 5% and "
          "under 10% of the full build):\n")
    print("| accounts | full build (s) | nothing changed (s) | share | one brief edited (s) | "
          "share |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rebuilds))


if __name__ == "__main__":
    main()
