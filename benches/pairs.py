"""Alternating runs of two commands, for whole-process timings on a shared machine.

Usage: python3 benches/pairs.py N COMMAND_A COMMAND_B

Runs A then B, N times, each through the shell with its output discarded, and prints the wall
time of each run, the user CPU time range, and A's wall time over B's pair by pair (the figures
of BENCHMARKS.md, "Large employers beside small ones"). Alternating keeps both commands under
the same load from other work on the machine.
"""

import resource
import statistics
import subprocess
import sys
import time


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    n, a, b = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    walls = {a: [], b: []}
    users = {a: [], b: []}
    for _ in range(n):
        for command in (a, b):
            wall, user = run(command)
            walls[command].append(wall)
            users[command].append(user)
    for name, command in (("A", a), ("B", b)):
        w, u = walls[command], users[command]
        print(f"{name} wall {' '.join(f'{x:.2f}' for x in w)} user {min(u):.2f}-{max(u):.2f}")
    ratios = [x / y for x, y in zip(walls[a], walls[b])]
    print(
        f"A/B pair by pair {' '.join(f'{r:.2f}' for r in ratios)} "
        f"median {statistics.median(ratios):.2f}; medians "
        f"{statistics.median(walls[a]):.3f} / {statistics.median(walls[b]):.3f}"
    )


if __name__ == "__main__":
    main()
