import { describe, expect, it } from "vitest";
import { Rng, hashString } from "@/lib/stats/random";
import { mean, sampleStd } from "@/lib/stats/moments";

const draw = (rng: Rng, n: number, f: (r: Rng) => number) => Array.from({ length: n }, () => f(rng));

describe("Rng", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = draw(new Rng(42), 50, (r) => r.uniform());
    const b = draw(new Rng(42), 50, (r) => r.uniform());
    const c = draw(new Rng(43), 50, (r) => r.uniform());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("derives independent, reproducible streams from keys", () => {
    const x = Rng.derive(1, "day", "20261101").uniform();
    expect(Rng.derive(1, "day", "20261101").uniform()).toBe(x);
    expect(Rng.derive(1, "day", "20261102").uniform()).not.toBe(x);
    expect(Rng.derive(2, "day", "20261101").uniform()).not.toBe(x);
    expect(hashString("abc")).toBe(hashString("abc"));
    expect(hashString("abc")).not.toBe(hashString("abd"));
  });

  it("draws uniforms in [0, 1) with mean 1/2 and variance 1/12", () => {
    const u = draw(new Rng(1), 200_000, (r) => r.uniform());
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mean(u)).toBeCloseTo(0.5, 2);
    expect(sampleStd(u) ** 2).toBeCloseTo(1 / 12, 3);
  });

  it("draws normals with the requested mean and sd", () => {
    const z = draw(new Rng(2), 200_000, (r) => r.normal(3, 2));
    expect(mean(z)).toBeCloseTo(3, 1);
    expect(sampleStd(z)).toBeCloseTo(2, 1);
  });

  it("draws lognormals whose median is exp(mu)", () => {
    const v = draw(new Rng(3), 100_001, (r) => r.lognormal(Math.log(40), 0.8)).sort((a, b) => a - b);
    expect(v[50_000]).toBeGreaterThan(38.5);
    expect(v[50_000]).toBeLessThan(41.5);
  });

  it.each([0.3, 4, 12, 75, 1000])("draws Poisson(%s) with matching mean and variance", (lambda) => {
    const k = draw(new Rng(Math.round(lambda * 10)), 100_000, (r) => r.poisson(lambda));
    expect(k.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    const tolerance = 5 * Math.sqrt(lambda / 100_000);
    expect(Math.abs(mean(k) - lambda)).toBeLessThan(tolerance);
    expect(sampleStd(k) ** 2 / lambda).toBeGreaterThan(0.97);
    expect(sampleStd(k) ** 2 / lambda).toBeLessThan(1.03);
  });

  it("matches Poisson point probabilities in the rejection regime", () => {
    const lambda = 20;
    const n = 200_000;
    const k = draw(new Rng(9), n, (r) => r.poisson(lambda));
    const observed = k.filter((x) => x === 20).length / n;
    let logP = -lambda + 20 * Math.log(lambda);
    for (let i = 2; i <= 20; i++) logP -= Math.log(i);
    expect(Math.abs(observed - Math.exp(logP))).toBeLessThan(0.003);
  });

  it("bernoulli, choice and int follow their probabilities", () => {
    const rng = new Rng(5);
    const n = 100_000;
    expect(draw(rng, n, (r) => (r.bernoulli(0.2) ? 1 : 0)).reduce((a, b) => a + b) / n).toBeCloseTo(0.2, 2);
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) counts[rng.choice([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[0] / n).toBeCloseTo(0.25, 2);
    const ints = draw(rng, n, (r) => r.int(-2, 2));
    expect(new Set(ints)).toEqual(new Set([-2, -1, 0, 1, 2]));
    expect(() => rng.choice([0, 0])).toThrow();
    expect(() => rng.int(3, 2)).toThrow();
  });

  it("shuffles into a permutation", () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const shuffled = new Rng(8).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
