// Binary logistic regression fitted by Newton's method (IRLS) with a backtracking line search.
// Detectors here have tens of columns, so forming and factoring the (d+1)² Hessian is cheap and
// Newton reaches machine-precision optima in a handful of steps — exact optima matter because
// the demo's SHAP values and registered metrics are derived from the fitted weights.
//
// Objective (the same as scikit-learn's LogisticRegression with C = 1 / l2):
//   Σ_i s_i · [log(1 + e^{η_i}) − y_i·η_i] + (l2 / 2)·‖w‖²,   η_i = b + x_i·w
// The intercept b is not penalised.

export type LogisticOptions = {
  /** L2 penalty strength on the weights (not the intercept); 0 = unpenalised */
  l2?: number;
  maxIterations?: number;
  /** stop when the Euclidean norm of the objective's gradient is below this */
  tolerance?: number;
  /** per-row weights s_i (default 1) */
  sampleWeights?: ArrayLike<number>;
};

export type LogisticFit = {
  weights: Float64Array;
  intercept: number;
  iterations: number;
  converged: boolean;
  gradientNorm: number;
  /** objective value at the solution */
  loss: number;
};

export function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** log(1 + e^η) without overflow. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** Linear predictor b + x_i·w of every row of a row-major design matrix. */
export function linearPredictor(x: Float64Array, cols: number, weights: ArrayLike<number>, intercept: number): Float64Array {
  const rows = x.length / cols;
  const eta = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = intercept;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += x[base + j] * weights[j];
    eta[i] = s;
  }
  return eta;
}

/** Fits on a row-major design matrix x (rows × cols, no intercept column) and labels y ∈ {0, 1}. */
export function fitLogistic(x: Float64Array, y: ArrayLike<number>, cols: number, options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 0;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  const rows = y.length;
  if (!Number.isInteger(cols) || cols < 0 || x.length !== rows * cols) throw new RangeError("fitLogistic: x must hold y.length × cols values");
  if (l2 < 0) throw new RangeError("fitLogistic: l2 must be >= 0");
  if (options.sampleWeights && options.sampleWeights.length !== rows) throw new RangeError("fitLogistic: one sample weight per row");
  // Typed copies keep the hot loops monomorphic whatever array-likes the caller passed.
  const s = new Float64Array(rows).fill(1);
  if (options.sampleWeights) s.set(options.sampleWeights);
  const labels = Float64Array.from(y);

  const p = cols + 1; // parameters: weights then intercept
  const theta = new Float64Array(p);
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const candidate = new Float64Array(p);

  const objective = (params: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < rows; i++) {
      let eta = params[cols];
      const base = i * cols;
      for (let j = 0; j < cols; j++) eta += x[base + j] * params[j];
      loss += s[i] * (softplus(eta) - labels[i] * eta);
    }
    let penalty = 0;
    for (let j = 0; j < cols; j++) penalty += params[j] * params[j];
    return loss + 0.5 * l2 * penalty;
  };

  let loss = objective(theta);
  let gradientNorm = Infinity;
  let iterations = 0;
  let converged = false;

  for (; iterations <= maxIterations; iterations++) {
    gradient.fill(0);
    hessian.fill(0);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      let eta = theta[cols];
      for (let j = 0; j < cols; j++) eta += x[base + j] * theta[j];
      const mu = sigmoid(eta);
      const weight = s[i];
      const r = weight * (mu - labels[i]);
      const w = weight * mu * (1 - mu);
      for (let j = 0; j < cols; j++) {
        const xj = x[base + j];
        if (xj === 0) continue; // one-hot columns are mostly zero: nothing to add
        gradient[j] += r * xj;
        const wx = w * xj;
        const row = j * p;
        for (let k = j; k < cols; k++) hessian[row + k] += wx * x[base + k];
        hessian[row + cols] += wx;
      }
      gradient[cols] += r;
      hessian[cols * p + cols] += w;
    }
    for (let j = 0; j < cols; j++) {
      gradient[j] += l2 * theta[j];
      hessian[j * p + j] += l2;
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hessian[j * p + k] = hessian[k * p + j];

    gradientNorm = Math.hypot(...gradient);
    if (gradientNorm < tolerance) {
      converged = true;
      break;
    }
    if (iterations === maxIterations) break;

    const step = solveSymmetric(hessian, gradient, p);
    let decrease = 0;
    for (let j = 0; j < p; j++) decrease += gradient[j] * step[j];
    if (decrease < 1e-10 * Math.max(1, Math.abs(loss))) {
      // Quadratic phase: the predicted decrease is below the resolution of the loss itself, so a
      // line search cannot verify it; the full Newton step is safe this close to the optimum.
      for (let j = 0; j < p; j++) theta[j] -= step[j];
      loss = objective(theta);
      continue;
    }
    // Armijo backtracking: far from the optimum a full Newton step can overshoot.
    let t = 1;
    let accepted = false;
    let next = loss;
    for (let halvings = 0; halvings < 40 && !accepted; halvings++, t /= 2) {
      for (let j = 0; j < p; j++) candidate[j] = theta[j] - t * step[j];
      next = objective(candidate);
      accepted = next <= loss - 1e-4 * t * decrease;
    }
    if (!accepted) break; // stalled (e.g. separable data without a penalty): report not converged
    theta.set(candidate);
    loss = next;
  }

  return { weights: theta.slice(0, cols), intercept: theta[cols], iterations, converged, gradientNorm, loss };
}

/** Solves A·x = b for symmetric positive (semi)definite A by Cholesky, adding jitter if needed. */
function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]));
  for (let attempt = 0, jitter = 0; attempt < 12; attempt++, jitter = jitter === 0 ? scale * 1e-12 : jitter * 100) {
    const l = cholesky(a, n, jitter);
    if (!l) continue;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = b[i];
      for (let k = 0; k < i; k++) sum -= l[i * n + k] * z[k];
      z[i] = sum / l[i * n + i];
    }
    const out = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
      let sum = z[i];
      for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * out[k];
      out[i] = sum / l[i * n + i];
    }
    return out;
  }
  throw new Error("fitLogistic: Hessian is not positive definite");
}

function cholesky(a: Float64Array, n: number, jitter: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] + (i === j ? jitter : 0);
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  return l;
}
