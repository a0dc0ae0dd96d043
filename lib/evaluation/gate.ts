// The promotion gate's data checks, from a champion-vs-challenger comparison: enough labelled
// events of both classes, and no significant regression — the challenger's paired-bootstrap
// interval for (challenger − champion) lying wholly below zero on precision, recall or average
// precision. The third check, a lead's approval with a reason, is the promotion request itself.
// Pure and client-safe.

import type { Estimate } from "./design";

export const GATE_MINIMUMS = { labelled: 200, perClass: 20 } as const;

export type GateInterval = { estimate: number | null; lower: number | null; upper: number | null };

export type GateInput = {
  estimate: Estimate;
  events: number;
  positives: number;
  negatives: number;
  /** challenger − champion */
  difference: { precision: GateInterval; recall: GateInterval; averagePrecision: GateInterval };
  level: number;
};

export type GateCheck = { id: "labels" | "regression" | "approval"; label: string; passed: boolean; detail: string };

const METRIC_NAMES = { precision: "precision", recall: "recall", averagePrecision: "average precision" } as const;

const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`;

export function gateChecks(input: GateInput, minimums: { labelled: number; perClass: number } = GATE_MINIMUMS): GateCheck[] {
  const enough = input.events >= minimums.labelled && input.positives >= minimums.perClass && input.negatives >= minimums.perClass;
  const labels: GateCheck = {
    id: "labels",
    label: "Enough labelled events",
    passed: enough,
    detail: `${input.events} labelled events both versions scored (${input.positives} attacks, ${input.negatives} benign); the gate needs at least ${minimums.labelled}, with ${minimums.perClass} of each class.`,
  };

  let regression: GateCheck;
  const percent = Math.round(input.level * 100);
  if (input.estimate === "alerted-only") {
    regression = {
      id: "regression",
      label: "No significant regression",
      passed: false,
      detail: "Only alerted events have verdicts in this range, so missed attacks are invisible and recall cannot be compared. Label an audit sample of below-threshold predictions first.",
    };
  } else {
    const worse: string[] = [];
    const undefinedMetrics: string[] = [];
    for (const key of Object.keys(METRIC_NAMES) as (keyof typeof METRIC_NAMES)[]) {
      const d = input.difference[key];
      if (d.upper === null || d.estimate === null) undefinedMetrics.push(METRIC_NAMES[key]);
      else if (d.upper < 0) worse.push(`${METRIC_NAMES[key]} ${signed(d.estimate)} (${percent}% interval ${signed(d.lower ?? d.estimate)} to ${signed(d.upper)})`);
    }
    const passed = worse.length === 0 && undefinedMetrics.length === 0;
    regression = {
      id: "regression",
      label: "No significant regression",
      passed,
      detail: worse.length
        ? `The challenger is significantly worse on ${worse.join("; ")}.`
        : undefinedMetrics.length
          ? `The difference in ${undefinedMetrics.join(", ")} could not be estimated (too few labels of a class).`
          : `No ${percent}% paired-bootstrap interval of challenger − champion lies wholly below zero (precision, recall, average precision).`,
    };
  }
  return [
    labels,
    regression,
    { id: "approval", label: "A lead approves, with a reason", passed: false, detail: "Recorded with the promotion: who approved it, why, and this evidence." },
  ];
}

/** The data checks pass (the approval is given by promoting). */
export function dataChecksPass(checks: readonly GateCheck[]): boolean {
  return checks.filter((c) => c.id !== "approval").every((c) => c.passed);
}
