// What an auditor needs from a fairness report (lib/monitoring/fairness.ts): the rates outside
// the four-fifths band, each with its reference and why it is flagged, and the groups whose
// rates rest on too few labels to judge. Pure and client-safe.
import type { FairnessGroupBy, FairnessRate, FairnessResponse } from "./fairness-schemas";

/** Typed by the schema's enum: a new entity group needs its label here before it compiles. */
export const GROUP_KIND_LABEL: Record<FairnessGroupBy, string> = { businessUnit: "Business unit" };

export const RATE_KINDS = ["fpr", "fnr"] as const;
export type RateKind = (typeof RATE_KINDS)[number];
export const RATE_LABEL: Record<RateKind, string> = { fpr: "FPR", fnr: "FNR" };

export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export type FlaggedRate = {
  groupBy: FairnessGroupBy;
  group: string;
  metric: RateKind;
  rate: FairnessRate;
  reference: { group: string; rate: FairnessRate } | null;
  /** the two 95 % intervals overlap: chance alone may explain the gap */
  overlaps: boolean;
  why: string;
};

export type TooFewGroup = { groupBy: FairnessGroupBy; group: string; rates: { metric: RateKind; n: number }[] };

export type FairnessFindings = { flagged: FlaggedRate[]; tooFew: TooFewGroup[] };

function whyFlagged(metric: RateKind, rate: FairnessRate, reference: FlaggedRate["reference"], band: number, overlaps: boolean): string {
  const name = RATE_LABEL[metric];
  const own = `${name} ${pct(rate.rate!)}`;
  let why: string;
  if (!reference) why = `${own} is outside the ${band}× band`;
  else if (rate.ratio === null) why = `${own} while ${reference.group}'s is 0 %: any rate above a reference of 0 is outside the ${band}× band`;
  else why = `${own} is ${rate.ratio.toFixed(2)}× ${reference.group}'s ${pct(reference.rate.rate!)}, outside the ${band}× band (four-fifths rule)`;
  return overlaps ? `${why}. The 95 % intervals overlap, so chance may explain the gap.` : `${why}.`;
}

/** Flagged rates (most disparate first) and the groups with a rate below the minimum n. */
export function fairnessFindings(report: FairnessResponse): FairnessFindings {
  const flagged: FlaggedRate[] = [];
  const tooFew: TooFewGroup[] = [];
  for (const g of report.groups) {
    const few: TooFewGroup["rates"] = [];
    for (const metric of RATE_KINDS) {
      const rate = g[metric];
      if (rate.status === "insufficient") few.push({ metric, n: rate.n });
      if (rate.status !== "flagged") continue;
      const refName = report.reference[metric];
      const refGroup = refName === null ? undefined : report.groups.find((r) => r.group === refName);
      const reference = refGroup ? { group: refGroup.group, rate: refGroup[metric] } : null;
      const overlaps = !!(reference?.rate.ci && rate.ci && rate.ci.low <= reference.rate.ci.high);
      flagged.push({ groupBy: report.groupBy, group: g.group, metric, rate, reference, overlaps, why: whyFlagged(metric, rate, reference, report.band, overlaps) });
    }
    if (few.length) tooFew.push({ groupBy: report.groupBy, group: g.group, rates: few });
  }
  // A reference of 0 makes the ratio undefined but the gap the widest: those come first.
  flagged.sort((a, b) => RATE_KINDS.indexOf(a.metric) - RATE_KINDS.indexOf(b.metric) || (b.rate.ratio ?? Infinity) - (a.rate.ratio ?? Infinity) || a.group.localeCompare(b.group));
  return { flagged, tooFew };
}

/** A day when the instant is a UTC midnight (the monitoring page's date inputs), else the instant. */
const dayOrInstant = (iso: string) => (iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso);

/** The monitoring page on the same version and range, scrolled to its fairness card. */
export function monitoringFairnessHref(report: Pick<FairnessResponse, "model" | "version" | "from" | "to">): string {
  const search = new URLSearchParams({ model: report.model, version: report.version, from: dayOrInstant(report.from), to: dayOrInstant(report.to) });
  return `/monitoring?${search}#fairness`;
}
