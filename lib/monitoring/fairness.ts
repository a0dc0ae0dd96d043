import "server-only";
// Fairness of one model version over [from, to): error rates per business unit from the latest
// verdicts. Alerted rows are labelled by analysts; below the threshold only the audit sample is,
// so an audit-sample row counts 1/π (its inclusion probability) and an alerted row counts 1. A
// below-threshold row labelled outside the audit sample (an active-learning pick, an import) has
// no known inclusion probability: counting it would skew the rates toward whatever picked it.
import { DEFAULT_VERDICT_CLASS } from "@/lib/alerts/schemas";
import { prisma } from "@/lib/db/client";
import { addTo, emptyCell, type GroupCounts, groupErrorRates } from "@/lib/stats/group-rates";
import { resolveRange } from "./drift-report";
import { type FairnessQuery, type FairnessResponse, UNASSIGNED_GROUP } from "./fairness-schemas";
import { findMonitoredVersion } from "./versions";

export type FairnessRow = { group: string | null; alerted: boolean; auditSample: boolean; inclusionProbability: number | null; positive: boolean };

function weightOf(row: FairnessRow): number {
  const p = row.inclusionProbability;
  return row.auditSample && p !== null && p > 0 && p <= 1 ? 1 / p : 1;
}

/** Weighted confusion cells per group, groups sorted by name. */
export function countByGroup(rows: readonly FairnessRow[]): GroupCounts[] {
  const byGroup = new Map<string, GroupCounts>();
  for (const row of rows) {
    const name = row.group ?? UNASSIGNED_GROUP;
    let counts = byGroup.get(name);
    if (!counts) byGroup.set(name, (counts = { group: name, tp: emptyCell(), fp: emptyCell(), tn: emptyCell(), fn: emptyCell() }));
    const cell = row.positive ? (row.alerted ? counts.tp : counts.fn) : row.alerted ? counts.fp : counts.tn;
    addTo(cell, weightOf(row));
  }
  return [...byGroup.values()].sort((a, b) => a.group.localeCompare(b.group));
}

export async function fairnessReport(model: string, version: string, query: FairnessQuery, now = Date.now()): Promise<FairnessResponse> {
  const found = await findMonitoredVersion(model, version);
  const range = await resolveRange(found.id, query, now);
  const labels = await prisma().label.findMany({
    where: { supersededBy: null, prediction: { modelVersionId: found.id, time: { gte: new Date(range.from), lt: new Date(range.to) } } },
    select: { verdict: true, prediction: { select: { businessUnit: true, decision: true, auditSample: true, inclusionProbability: true } } },
  });
  const rows: FairnessRow[] = [];
  for (const { verdict, prediction: p } of labels) {
    const cls = DEFAULT_VERDICT_CLASS[verdict];
    if (cls === null || (!p.decision && !p.auditSample)) continue;
    rows.push({ group: p.businessUnit, alerted: p.decision, auditSample: p.auditSample, inclusionProbability: p.inclusionProbability, positive: cls === 1 });
  }
  const result = groupErrorRates(countByGroup(rows), { minN: query.minN });
  return {
    model: found.model,
    version: found.version,
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    groupBy: query.groupBy,
    minN: result.minN,
    band: result.band,
    reference: result.reference,
    mapping: { ...DEFAULT_VERDICT_CLASS },
    groups: result.groups,
  };
}
