import { describe, expect, it } from "vitest";
import { fitLogistic, linearPredictor, logit, sigmoid } from "@/lib/stats/logistic";
import { Rng } from "@/lib/stats/random";

// 60 rows × 3 columns and labels drawn with numpy (default_rng(7)); the expected coefficients
// are scikit-learn 1.2 LogisticRegression(solver="newton-cg", tol=1e-12) with C = 1 / l2.
const X = [
  0.0, 0.3, -0.27, -0.89, -0.45, -0.99, 0.06, 1.34, -0.49, -0.62, 0.49, 0.36, 0.11, -0.93, -0.03, 0.7, -1.34, -0.46, -1.9, -1.29, -1.84, -0.24,
  -1.27, 0.27, 0.16, -0.19, -2.52, -0.54, -0.05, 0.11, -1.53, -0.48, -0.98, -0.81, 1.06, -0.81, -0.03, 0.88, -0.58, -0.11, 0.11, 0.06, -1.23,
  0.08, 1.36, -1.55, 0.86, 0.12, -0.64, 2.0, 0.76, -1.2, 0.07, 0.58, -0.19, 0.68, -0.07, 0.67, 1.44, -0.68, 0.2, -0.46, 0.13, -1.19, -0.58, -0.2,
  0.9, 1.15, -1.32, -0.79, 0.65, -1.99, -0.46, -0.1, 1.26, 0.69, -0.33, -0.37, -0.25, 1.52, -0.43, -0.3, 0.35, -0.12, -0.2, -1.11, -0.01, -0.44,
  1.17, 0.65, -0.02, 0.67, -0.34, 1.05, -0.01, 0.58, -1.29, 0.35, -1.69, -2.04, -0.3, -0.9, 0.16, 2.24, -0.83, -0.62, 0.21, 0.49, -0.18, -0.21,
  0.7, 0.52, -1.03, -0.08, 0.04, -1.05, 0.26, -0.86, 0.97, 0.19, 0.09, -0.59, -0.12, -2.0, -1.13, 0.36, -2.13, 0.85, -1.75, 0.76, -0.85, 0.78,
  0.13, -1.54, 1.25, 1.44, -0.07, -0.27, -0.16, -0.98, 1.1, -0.54, -0.05, -0.79, -0.63, -1.28, 1.26, -0.15, 0.97, 0.01, -0.69, -0.33, -0.56,
  0.01, -0.38, -0.3, -1.38, -0.81, 1.65, -0.67, -1.05, 0.34, 1.41, -1.45, -0.21, -0.63, -1.76, 0.73, -0.02, 0.07, -0.75, 0.45, -0.54, -0.14,
  -1.11, -1.22, 1.34, -0.51, 0.29, -0.03,
];
const Y = [
  0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0,
  0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0,
];
const SKLEARN = [
  { l2: 1, weights: [1.0103365344549224, -0.6014395060851887, 0.488935173292641], intercept: -0.33383629209847004 },
  { l2: 4, weights: [0.6906559434073776, -0.48201598676925184, 0.3549874020483319], intercept: -0.3868325680305501 },
  { l2: 0, weights: [1.247784903659626, -0.6559628482369688, 0.5981132764321893], intercept: -0.29565176035369034 },
];

describe("sigmoid and logit", () => {
  it("are inverse and stable in the tails", () => {
    for (const eta of [-30, -5, -0.1, 0, 0.1, 5, 15]) expect(logit(sigmoid(eta))).toBeCloseTo(eta, 8);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });
});

describe("fitLogistic", () => {
  it.each(SKLEARN)("matches scikit-learn at l2 = $l2", ({ l2, weights, intercept }) => {
    const fit = fitLogistic(Float64Array.from(X), Y, 3, { l2, tolerance: 1e-10 });
    expect(fit.converged).toBe(true);
    expect(fit.gradientNorm).toBeLessThan(1e-10);
    for (let j = 0; j < 3; j++) expect(Math.abs(fit.weights[j] - weights[j])).toBeLessThan(1e-8);
    expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-8);
  });

  it("recovers known weights from a large synthetic sample", () => {
    const rng = new Rng(11);
    const truth = [2, -1, 0.5, 0];
    const bias = -1.5;
    const n = 40_000;
    const x = new Float64Array(n * truth.length);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let eta = bias;
      for (let j = 0; j < truth.length; j++) {
        x[i * truth.length + j] = rng.normal();
        eta += truth[j] * x[i * truth.length + j];
      }
      y[i] = rng.bernoulli(sigmoid(eta)) ? 1 : 0;
    }
    const fit = fitLogistic(x, y, truth.length, { l2: 1e-6 });
    expect(fit.converged).toBe(true);
    truth.forEach((w, j) => expect(Math.abs(fit.weights[j] - w)).toBeLessThan(0.06));
    expect(Math.abs(fit.intercept - bias)).toBeLessThan(0.06);
  });

  it("has zero penalised gradient at the solution (checked independently)", () => {
    const l2 = 2;
    const fit = fitLogistic(Float64Array.from(X), Y, 3, { l2 });
    const eta = linearPredictor(Float64Array.from(X), 3, fit.weights, fit.intercept);
    const grad = [0, 0, 0, 0];
    for (let i = 0; i < Y.length; i++) {
      const r = sigmoid(eta[i]) - Y[i];
      for (let j = 0; j < 3; j++) grad[j] += r * X[i * 3 + j];
      grad[3] += r;
    }
    for (let j = 0; j < 3; j++) expect(Math.abs(grad[j] + l2 * fit.weights[j])).toBeLessThan(1e-6);
    expect(Math.abs(grad[3])).toBeLessThan(1e-6); // the intercept is not penalised
  });

  it("honours sample weights like duplicated rows", () => {
    const weights = Y.map((_, i) => (i % 3 === 0 ? 2 : 1));
    const duplicatedX: number[] = [];
    const duplicatedY: number[] = [];
    Y.forEach((y, i) => {
      for (let k = 0; k < weights[i]; k++) {
        duplicatedX.push(X[i * 3], X[i * 3 + 1], X[i * 3 + 2]);
        duplicatedY.push(y);
      }
    });
    const weighted = fitLogistic(Float64Array.from(X), Y, 3, { l2: 1, sampleWeights: weights });
    const duplicated = fitLogistic(Float64Array.from(duplicatedX), duplicatedY, 3, { l2: 1 });
    for (let j = 0; j < 3; j++) expect(weighted.weights[j]).toBeCloseTo(duplicated.weights[j], 9);
    expect(weighted.intercept).toBeCloseTo(duplicated.intercept, 9);
  });

  it("lets weights run away on separable data only without a penalty", () => {
    // No finite optimum exists: the gradient vanishes only as the weight goes to infinity.
    const x = Float64Array.from([-2, -1, 1, 2]);
    const free = fitLogistic(x, [0, 0, 1, 1], 1, { maxIterations: 50 });
    const penalised = fitLogistic(x, [0, 0, 1, 1], 1, { l2: 1 });
    expect(free.weights[0]).toBeGreaterThan(5);
    expect(penalised.converged).toBe(true);
    expect(penalised.weights[0]).toBeLessThan(2);
  });

  it("rejects inconsistent shapes", () => {
    expect(() => fitLogistic(new Float64Array(5), [0, 1], 2)).toThrow();
    expect(() => fitLogistic(new Float64Array(4), [0, 1], 2, { l2: -1 })).toThrow();
  });
});
