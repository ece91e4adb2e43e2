#!/usr/bin/env python3
"""Oracle for `src/stats/exact_sum.rs` (`sums_equal_python_fsum`): Python's `math.fsum`, which
returns the correctly rounded sum of its inputs, of the same pseudo-random values as the test.

    python3 tests/reference/exact_sum_fsum.py

prints, for each case, its kind, seed and size, the bits of the sum (the test's constants) and
the sum. Values: a 64-bit LCG, and from each state a value of kind 0 (cents up to 10 million),
1 (any exponent field below 2031, subnormals included), 2 (pairs that nearly cancel, around
2^0..2^40) or 3 (subnormals and the smallest normals); the sign from bit 7 of the state.
"""

import math
import struct

M = 2**64


def lcg(s):
    return (s * 6364136223846793005 + 1442695040888963407) % M


def from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def values(kind, seed, n):
    s, out = seed, []
    prev, prev_neg = 0.0, 0
    for i in range(n):
        s = lcg(s)
        neg = (s >> 7) & 1
        fraction = s & ((1 << 52) - 1)
        if kind == 0:
            v = ((s >> 24) % 1_000_000_000) / 100.0
        elif kind == 1:
            v = from_bits((((s >> 40) % 2031) << 52) | fraction)
        elif kind == 3:
            v = from_bits((((s >> 40) % 4) << 52) | fraction)
        else:
            v = from_bits(((1023 + (s >> 50) % 40) << 52) | fraction)
            if i % 2 == 1:
                neg = 1 - prev_neg
                v = prev + v * 2.0**-60
            prev = v
        prev_neg = neg
        out.append(-v if neg else v)
    return out


CASES = [(0, 1, 10000), (0, 2, 3), (1, 3, 5000), (1, 4, 7), (2, 5, 4000), (2, 6, 2), (3, 7, 1000), (3, 8, 1)]

for kind, seed, n in CASES:
    total = math.fsum(values(kind, seed, n))
    bits = struct.unpack("<Q", struct.pack("<d", total))[0]
    print(kind, seed, n, f"0x{bits:016x}", repr(total))
