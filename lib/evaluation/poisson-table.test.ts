import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/stats/random";
import { PoissonTables } from "./poisson-table";

describe("PoissonTables", () => {
  const tables = new PoissonTables();

  it("holds the cumulative Poisson probabilities", () => {
    const t = tables.table(1);
    expect(t[0]).toBeCloseTo(Math.exp(-1), 15);
    expect(t[1]).toBeCloseTo(2 * Math.exp(-1), 15);
    expect(t[2]).toBeCloseTo(2.5 * Math.exp(-1), 15);
    expect(t[t.length - 1]).toBe(1);
    // large means do not underflow: P(X <= 1000) for mean 1000 is just over one half
    const big = tables.table(1000);
    expect(big[1000]).toBeGreaterThan(0.5);
    expect(big[1000]).toBeLessThan(0.51);
  });

  it("draws with the right mean and variance", () => {
    const rng = new Rng(3);
    for (const mean of [1, 7, 250]) {
      const t = tables.table(mean);
      let sum = 0;
      let squares = 0;
      const n = 20000;
      for (let i = 0; i < n; i++) {
        const k = PoissonTables.draw(t, rng.uniform(), mean);
        sum += k;
        squares += k * k;
      }
      const m = sum / n;
      expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(mean / n));
      expect(squares / n - m * m).toBeGreaterThan(mean * 0.9);
      expect(squares / n - m * m).toBeLessThan(mean * 1.1);
    }
  });

  it("refuses a mean that is not a whole positive number", () => {
    expect(() => tables.table(0)).toThrow(RangeError);
    expect(() => tables.table(1.5)).toThrow(RangeError);
  });
});
