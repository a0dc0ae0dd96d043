import { describe, expect, it } from "vitest";
import { argsortAscending } from "@/lib/stats/argsort";
import { Rng } from "@/lib/stats/random";

function comparatorOrder(values: number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
}

describe("argsortAscending", () => {
  it("orders like a comparator sort with index tie-break, across signs and magnitudes", () => {
    const rng = new Rng(21);
    const values = Array.from({ length: 5000 }, () => {
      const kind = rng.int(0, 4);
      if (kind === 0) return Math.round(rng.uniform() * 10) / 10; // heavy ties
      if (kind === 1) return rng.normal(0, 1e6);
      if (kind === 2) return -rng.uniform() * 1e-300;
      if (kind === 3) return rng.pick([0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE]);
      return rng.uniform();
    });
    values.push(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    expect(Array.from(argsortAscending(values))).toEqual(comparatorOrder(values));
  });

  it("keeps tied values, including -0 and +0, in input order", () => {
    expect(Array.from(argsortAscending([0, -0, 0.5, 0, -0, 0.5, -1]))).toEqual([6, 0, 1, 3, 4, 2, 5]);
  });

  it("handles empty and constant input and rejects NaN", () => {
    expect(argsortAscending([])).toHaveLength(0);
    expect(Array.from(argsortAscending([3, 3, 3]))).toEqual([0, 1, 2]);
    expect(() => argsortAscending([1, Number.NaN])).toThrow(RangeError);
  });
});
