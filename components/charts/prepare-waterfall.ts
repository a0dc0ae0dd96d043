// Shapes a SHAP explanation into waterfall rows. Pure: no React, no Recharts, unit-tested.

export type ExplanationSpace = "logit" | "probability";

/** Structurally the `Explanation` of lib/ingest/schemas.ts, restated so charts stay dependency-free. */
export type ShapExplanation = {
  space: ExplanationSpace;
  baseValue: number;
  values: Record<string, number>;
};

export type FeatureValue = number | string | boolean | null;

export type WaterfallRowKind = "feature" | "other" | "output";

export type WaterfallRow = {
  kind: WaterfallRowKind;
  /** Feature name, "N other features", or "model output". */
  feature: string;
  /** The feature's raw value, formatted ("" for the folded row). */
  value: string;
  /** Axis label, e.g. `failed_logins_1h = 37`. */
  label: string;
  contribution: number;
  start: number;
  end: number;
  /** How many features the row stands for (1 for a feature, N for the folded row, all for the output). */
  count: number;
};

export type Waterfall = {
  rows: WaterfallRow[];
  baseValue: number;
  output: number;
  space: ExplanationSpace;
  /** The model's score implied by the explanation: sigmoid(output) in logit space. */
  outputProbability: number;
  /** |output − (baseValue + Σ contributions)|: 0 because output is the end of the running total. */
  additivityError: number;
};

export const DEFAULT_MAX_BARS = 10;
export const OUTPUT_LABEL = "model output";

export function sigmoid(x: number): number {
  // Split by sign so exp never overflows for large |x|.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function logit(p: number): number {
  // log1p keeps precision for p near 0, where 1 - p would round.
  return Math.log(p) - Math.log1p(-p);
}

export function formatFeatureValue(value: FeatureValue | undefined): string {
  if (value === undefined) return "n/a";
  if (value === null) return "missing";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  // Four significant digits read at a glance; large values keep one decimal so they are not rounded away.
  return Math.abs(value) >= 1000 ? value.toFixed(1) : String(Number(value.toPrecision(4)));
}

function formatNumber(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/** Four decimals, but never "1" or "0" for a score that is only very close to it. */
export function formatProbability(p: number): string {
  if (p > 0.9999 && p < 1) return "> 0.9999";
  if (p < 0.0001 && p > 0) return "< 0.0001";
  return String(Number(p.toFixed(4)));
}

/** Round axis ticks (steps of 1, 2, 2.5 or 5 × 10^k) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return niceTicks(lo - 0.5, hi + 0.5, count);
  const raw = (hi - lo) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  // toPrecision strips the float noise that k * step accumulates (0.30000000000000004).
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

function otherLabel(n: number): string {
  return `${n} other feature${n === 1 ? "" : "s"}`;
}

/**
 * Rows by |contribution| descending, starting the running total at the base value. When there
 * are more than `maxBars` features, the largest `maxBars − 1` get their own bar and the rest fold
 * into one "N other features" row, so there are never more than `maxBars` contribution bars.
 * The last row, "model output", spans base value → output (the net effect of all features).
 */
export function prepareWaterfall(
  explanation: ShapExplanation,
  features: Record<string, FeatureValue>,
  maxBars: number = DEFAULT_MAX_BARS,
): Waterfall {
  const limit = Math.max(1, Math.floor(Number.isFinite(maxBars) ? maxBars : DEFAULT_MAX_BARS));
  const entries = Object.entries(explanation.values).sort(
    // Ties broken by name so the chart is the same on every render and every machine.
    ([a, ca], [b, cb]) => Math.abs(cb) - Math.abs(ca) || (a < b ? -1 : a > b ? 1 : 0),
  );

  const shown = entries.length > limit ? entries.slice(0, limit - 1) : entries;
  const folded = entries.slice(shown.length);

  const rows: WaterfallRow[] = [];
  let running = explanation.baseValue;
  const push = (kind: WaterfallRowKind, feature: string, value: string, contribution: number, count: number) => {
    const start = running;
    running = start + contribution;
    rows.push({ kind, feature, value, label: value ? `${feature} = ${value}` : feature, contribution, start, end: running, count });
  };

  for (const [name, contribution] of shown) {
    push("feature", name, formatFeatureValue(features[name]), contribution, 1);
  }
  if (folded.length > 0) {
    const sum = folded.reduce((acc, [, c]) => acc + c, 0);
    push("other", otherLabel(folded.length), "", sum, folded.length);
  }

  const output = running;
  const outputProbability = explanation.space === "logit" ? sigmoid(output) : output;
  const p = formatProbability(outputProbability);
  const logitSpace = explanation.space === "logit";
  rows.push({
    kind: "output",
    feature: OUTPUT_LABEL,
    value: logitSpace ? `${formatNumber(output)} (p = ${p})` : formatNumber(output),
    // The bar already sits at the logit; the label gives the probability analysts compare to the score.
    label: logitSpace ? `${OUTPUT_LABEL} (p = ${p})` : `${OUTPUT_LABEL} = ${formatNumber(output)}`,
    contribution: output - explanation.baseValue,
    start: explanation.baseValue,
    end: output,
    count: entries.length,
  });

  return { rows, baseValue: explanation.baseValue, output, space: explanation.space, outputProbability, additivityError: 0 };
}

export type ExplanationCheck = {
  /** The score in the explanation's space: logit(score) for logit explanations. */
  expected: number;
  /** baseValue + Σ contributions. */
  actual: number;
  error: number;
  ok: boolean;
};

export const ADDITIVITY_TOLERANCE = 1e-6;

/**
 * Does the explanation add up to the score the model reported? SHAP values are additive by
 * definition, so a mismatch means the explanation belongs to another model version or input.
 */
export function explanationCheck(explanation: ShapExplanation, score: number): ExplanationCheck {
  const actual = Object.values(explanation.values).reduce((acc, c) => acc + c, explanation.baseValue);
  const expected = explanation.space === "logit" ? logit(score) : score;
  const error = Math.abs(actual - expected);
  // Near p = 1 a float64 score cannot pin down its logit (at z = 30 one ulp of p is ~1e-3 in
  // logit), so there also accept agreement to a few ulps in probability. Near p = 0 floats are
  // relative and logit(score) is accurate, so the plain tolerance applies.
  const saturatedMatch =
    explanation.space === "logit" && score >= 0.5 && Math.abs(sigmoid(actual) - score) <= 4 * Number.EPSILON;
  return { expected, actual, error, ok: error < ADDITIVITY_TOLERANCE || saturatedMatch };
}
