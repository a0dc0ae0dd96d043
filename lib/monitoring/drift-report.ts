import "server-only";
// The drift report of one version: every day or ISO week of a range against its registered
// baseline or a reference window, from roll-ups only.
import { badRequest } from "@/lib/api/errors";
import { buildDriftReport } from "./build-drift-report";
import { type DailyCounts, type FeatureLayout, sumWindow } from "./daily-counts";
import { featureImportance, type Importance } from "./importance";
import { layoutOf, type Reference, referenceFromBaseline, referenceFromWindow } from "./reference";
import { dataSpan, loadDailyCounts } from "./rollup-read";
import { DEFAULT_RANGE_DAYS, type DriftQuery, type DriftResponse, MAX_RANGE_DAYS, type MonitoringSettings, type ReferenceOut } from "./schemas";
import { DAY_MS, floorDay, formatDay } from "./time-windows";
import type { MonitoredVersion } from "./versions";

export type Range = { from: number; to: number };

export type DriftResult = {
  report: DriftResponse;
  daily: DailyCounts;
  layout: FeatureLayout[];
  reference: Reference;
  importance: Importance;
  range: Range;
};

/**
 * The range a request covers. Without `to`, it ends after the last day with roll-ups (a demo
 * or a paused stream still shows its data); without `from`, it starts DEFAULT_RANGE_DAYS earlier.
 */
export async function resolveRange(versionId: number, query: { from?: number; to?: number }, now: number): Promise<Range> {
  let to = query.to;
  if (to === undefined) {
    const span = await dataSpan(versionId);
    if (span && (query.from === undefined || span.last >= query.from)) to = span.last + DAY_MS;
    else to = query.from !== undefined ? query.from + DEFAULT_RANGE_DAYS * DAY_MS : floorDay(now) + DAY_MS;
  }
  const from = query.from ?? to - DEFAULT_RANGE_DAYS * DAY_MS;
  if (to <= from) throw badRequest("The range is empty", [{ path: ["query", "to"], message: "to must be after from" }]);
  if ((to - from) / DAY_MS > MAX_RANGE_DAYS) throw badRequest(`The range may cover at most ${MAX_RANGE_DAYS} days`, [{ path: ["query", "from"], message: `at most ${MAX_RANGE_DAYS} days before to` }]);
  return { from, to };
}

/** The reference window a request or the version's settings name, if any. */
export function referenceWindowOf(query: { reference?: Range }, settings: MonitoringSettings): Range | null {
  if (query.reference) return query.reference;
  if (settings.reference) return { from: Date.parse(`${settings.reference.from}T00:00:00Z`), to: Date.parse(`${settings.reference.to}T00:00:00Z`) };
  return null;
}

const EMPTY_REFERENCE: Reference = { kind: "baseline", n: 0, numeric: new Map(), categorical: new Map(), score: null };

/** The reference as counts, and how the response describes it. */
export async function loadReference(version: MonitoredVersion, layout: readonly FeatureLayout[], window: Range | null): Promise<{ reference: Reference; out: ReferenceOut }> {
  if (window) {
    const daily = await loadDailyCounts(version.id, layout, window.from, window.to);
    const sums = sumWindow(daily, window.from, window.to);
    return {
      reference: referenceFromWindow(version.baseline, layout, sums),
      out: { kind: "window", from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), n: sums.n },
    };
  }
  if (!version.baseline) return { reference: EMPTY_REFERENCE, out: { kind: "baseline", n: 0, source: null } };
  return {
    reference: referenceFromBaseline(version.baseline, layout),
    out: { kind: "baseline", n: version.baseline.n, source: version.baseline.source ?? null },
  };
}

export async function driftReport(version: MonitoredVersion, settings: MonitoringSettings, query: DriftQuery, now: number = Date.now()): Promise<DriftResult> {
  const layout = layoutOf(version.features, version.baseline);
  const range = await resolveRange(version.id, query, now);
  const [daily, { reference, out }] = await Promise.all([
    loadDailyCounts(version.id, layout, range.from, range.to),
    loadReference(version, layout, referenceWindowOf(query, settings)),
  ]);
  const importance = featureImportance(version.features, version.hyperparameters, version.baseline);
  const report = buildDriftReport({
    model: version.model,
    version: version.version,
    window: query.window,
    from: range.from,
    to: range.to,
    daily,
    layout,
    reference,
    referenceOut: out,
    settings,
    importance,
  });
  return { report, daily, layout, reference, importance, range };
}

export function describeRange(range: Range): string {
  return `${formatDay(range.from)}..${formatDay(range.to)}`;
}
