import "server-only";
// Drift events: evaluated when the monitoring page or the drift endpoint is read (no background
// jobs), recorded once per episode, audited when created or closed (reading and acknowledging
// them: drift-event-queries.ts).
// An evaluation is skipped when neither the roll-ups, the verdicts nor the settings changed
// since the last one (a fingerprint kept in MonitoringSetting), so reads stay cheap.
import { createHash } from "node:crypto";
import { type Actor, recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { DriftEventStatus, DriftKind as DbDriftKind, RetrainingStrategy } from "@/generated/prisma/sqlite/client";
import { type DataEpisode, dataDriftEpisodes, type PerformanceEpisode, performanceEpisodes, type WeekPerformance } from "./drift-episodes";
import { driftConfig } from "./drift-config";
import { loadReference, referenceWindowOf } from "./drift-report";
import { dailyDrift, inputCheck, trailingWindowDrift } from "./event-windows";
import { dataEpisodeSummary, performanceEpisodeSummary } from "./event-text";
import { featureImportance } from "./importance";
import { performanceOverTime, trainingMetricsOf } from "./performance";
import { loadLabelled } from "./performance-report";
import { layoutOf } from "./reference";
import { recommendRetraining } from "./retraining";
import { dataSpan, loadDailyCounts } from "./rollup-read";
import type { DriftKind, Severity, Strategy } from "./schemas";
import { type StoredSettings } from "./settings";
import { readRows } from "@/lib/db/read-sql";
import { DAY_MS, floorDay, formatDay, isoWeekStart, WEEK_MS, windowsOf } from "./time-windows";
import type { MonitoredVersion } from "./versions";

/** Bumped when the rules change, so every version is evaluated again under the new ones. */
const RULES = "2026-11-24.1";
/** How far back episodes are looked for: six weeks of trailing windows and ISO weeks. */
export const LOOKBACK_DAYS = 42;
const TRAILING_DAYS = 7;
const SYSTEM: Actor = { label: "drift-monitor" };

type Source = "feature" | "performance";

type Candidate = {
  /** may extend a recorded episode but not start one (see PerformanceEpisode.sinceFirstWeek) */
  extendOnly?: boolean;
  kind: DriftKind;
  subject: string;
  source: Source;
  windowStart: number;
  windowEnd: number;
  lastSeenEnd: number;
  onset: number | null;
  ongoing: boolean;
  severity: Severity;
  strategy: Strategy;
  reason: string;
  details: Record<string, unknown>;
};

export const PERFORMANCE_PREFIX = "performance:";

function fingerprint(parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}

function dataCandidate(e: DataEpisode, importance: number | null, referenceName: string): Candidate {
  const recommendation = recommendRetraining({ source: "feature", feature: e.feature, importance, scoreDrift: e.scoreDrift, scorePsi: e.scorePsi, abrupt: e.abrupt });
  return {
    kind: "DATA_DRIFT",
    subject: e.feature,
    source: "feature",
    windowStart: e.windowStart,
    windowEnd: e.windowEnd,
    lastSeenEnd: e.lastSeenEnd,
    onset: e.onset,
    ongoing: e.ongoing,
    severity: e.severity,
    strategy: recommendation.strategy,
    reason: recommendation.reason,
    details: {
      source: "feature",
      summary: dataEpisodeSummary(e, referenceName),
      window: "trailing 7 days",
      peakPsi: e.peakPsi,
      latestPsi: e.latestPsi,
      windows: e.windows,
      abrupt: e.abrupt,
      importance,
      scoreDrift: e.scoreDrift,
      scorePsi: e.scorePsi,
      test: e.reason,
    },
  };
}

function performanceCandidate(e: PerformanceEpisode): Candidate {
  const recommendation = recommendRetraining({ source: "performance", kind: e.kind, metric: e.metric, relativeDrop: e.relativeDrop, positives: e.positives, features: e.unexplained });
  return {
    extendOnly: e.sinceFirstWeek,
    kind: e.kind,
    subject: `${PERFORMANCE_PREFIX}${e.metric}`,
    source: "performance",
    windowStart: e.windowStart,
    windowEnd: e.windowEnd,
    lastSeenEnd: e.lastSeenEnd,
    onset: null,
    ongoing: e.ongoing,
    severity: e.severity,
    strategy: recommendation.strategy,
    reason: recommendation.reason,
    details: {
      source: "performance",
      summary: performanceEpisodeSummary(e),
      window: "ISO week",
      metric: e.metric,
      estimate: e.estimate,
      lower: e.lower,
      upper: e.upper,
      training: e.training,
      relativeDrop: e.relativeDrop,
      positives: e.positives,
      lastGood: e.lastGood && { from: new Date(e.lastGood.from).toISOString(), to: new Date(e.lastGood.to).toISOString(), estimate: e.lastGood.estimate },
      inputsAgainst: e.inputs.against,
      movedFeatures: e.inputs.features,
      explained: e.explained,
      unexplained: e.unexplained,
      scorePsi: e.inputs.scorePsi,
    },
  };
}

/** Verdict count and latest label id of a version: the concept evaluation's share of the fingerprint. */
async function labelFingerprint(versionId: number): Promise<[number, number]> {
  const [row] = await readRows<{ count: unknown; last: unknown }>(
    `SELECT COUNT(*) AS "count", MAX(l."id") AS "last" FROM "Label" l JOIN "Prediction" p ON p."id" = l."predictionId" WHERE p."modelVersionId" = ?`,
    [versionId],
  );
  return [Number(row?.count ?? 0), Number(row?.last ?? 0)];
}

export type EvaluationResult = { data: boolean; concept: boolean; created: number; updated: number; closed: number };

/**
 * Evaluates drift events over the last LOOKBACK_DAYS complete UTC days with data: data drift
 * always, concept drift (which reads verdicts) when `concept` is set. Returns what it did.
 */
export async function evaluateDriftEvents(
  version: MonitoredVersion,
  stored: StoredSettings,
  options: { concept: boolean; now?: number; actor?: Actor },
): Promise<EvaluationResult> {
  const now = options.now ?? Date.now();
  const result: EvaluationResult = { data: false, concept: false, created: 0, updated: 0, closed: 0 };
  // Only complete days: today's counts are still growing, and would re-key every read.
  const span = await dataSpan(version.id, floorDay(now));
  if (!span) return result;
  const settingsKey = [stored.settings, RULES];
  const dataKey = fingerprint([span, settingsKey]);
  const labels = options.concept ? await labelFingerprint(version.id) : null;
  const conceptKey = labels ? fingerprint([span, labels, settingsKey]) : null;
  const doData = dataKey !== stored.dataEvaluatedKey;
  const doConcept = conceptKey !== null && conceptKey !== stored.conceptEvaluatedKey;
  if (!doData && !doConcept) return result;

  const end = span.last + DAY_MS;
  const evalFrom = Math.max(span.first, end - (LOOKBACK_DAYS + TRAILING_DAYS) * DAY_MS);
  const layout = layoutOf(version.features, version.baseline);
  const config = driftConfig(stored.settings);
  const referenceRange = referenceWindowOf({}, stored.settings);
  const [daily, { reference, out }] = await Promise.all([loadDailyCounts(version.id, layout, evalFrom, end), loadReference(version, layout, referenceRange)]);
  const referenceName = out.kind === "baseline" ? "the training baseline" : `the reference window ${formatDay(referenceRange!.from)}..${formatDay(referenceRange!.to)}`;

  // Episodes are needed for the concept classification too, so they are always computed.
  const firstEnd = Math.max(evalFrom + TRAILING_DAYS * DAY_MS, end - LOOKBACK_DAYS * DAY_MS);
  const windows = firstEnd <= end ? trailingWindowDrift(daily, layout, reference, config, firstEnd, end) : [];
  const episodes = dataDriftEpisodes(windows, dailyDrift(daily, layout, reference, config));
  const candidates: Candidate[] = [];
  const sources = new Set<Source>();
  if (doData) {
    const importance = featureImportance(version.features, version.hyperparameters, version.baseline);
    for (const e of episodes) candidates.push(dataCandidate(e, importance.values.get(e.feature) ?? null, referenceName));
    sources.add("feature");
    result.data = true;
  }
  if (doConcept) {
    const weeksFrom = Math.max(isoWeekStart(evalFrom) + (isoWeekStart(evalFrom) < evalFrom ? WEEK_MS : 0), isoWeekStart(end - LOOKBACK_DAYS * DAY_MS));
    if (weeksFrom < end) {
      const range = { from: weeksFrom, to: end };
      const labelled = await loadLabelled(version.id, range);
      const training = trainingMetricsOf(version.metrics);
      const perf = performanceOverTime({ labelled, totals: daily, windows: windowsOf("week", range.from, range.to), training, drop: stored.settings.performanceDrop });
      const weeks: WeekPerformance[] = perf.map((w) => ({
        from: Date.parse(w.from),
        to: Date.parse(w.to),
        partial: w.partial,
        metrics: { precision: w.precision, recall: w.recall, fpr: w.fpr },
        positives: Math.round((w.precision.estimate ?? 0) * w.precision.evidence) + w.auditPositives,
      }));
      const check = inputCheck(daily, layout, version.baseline, reference, config);
      for (const e of performanceEpisodes(weeks, training, stored.settings.performanceDrop, check, episodes)) candidates.push(performanceCandidate(e));
    }
    sources.add("performance");
    result.concept = true;
  }

  const changes = await persist(version, candidates, sources, { ...SYSTEM, label: options.actor ? `${SYSTEM.label} (read by ${options.actor.label})` : SYSTEM.label });
  Object.assign(result, changes);
  try {
    await prisma().monitoringSetting.upsert({
      where: { modelVersionId: version.id },
      // {} = "the defaults": a version nobody configured follows the defaults as they evolve.
      create: { modelVersionId: version.id, settings: {}, dataEvaluatedKey: doData ? dataKey : null, conceptEvaluatedKey: doConcept ? conceptKey : null },
      update: { ...(doData ? { dataEvaluatedKey: dataKey } : {}), ...(doConcept ? { conceptEvaluatedKey: conceptKey } : {}) },
    });
  } catch (error) {
    // Two first reads at once: the other one stored the key; the next read skips either way.
    if (!isUniqueViolation(error)) throw error;
  }
  return result;
}

type ExistingEvent = { id: number; kind: DbDriftKind; subject: string; windowStart: Date; lastSeenEnd: Date; status: DriftEventStatus };

export function sourceOf(subject: string): Source {
  return subject.startsWith(PERFORMANCE_PREFIX) ? "performance" : "feature";
}

/** The same episode seen again: same kind and subject, and its windows overlap or touch. */
function matches(existing: ExistingEvent, c: Candidate): boolean {
  if (existing.kind !== c.kind || existing.subject !== c.subject) return false;
  const start = existing.windowStart.getTime();
  return start === c.windowStart || (start <= c.lastSeenEnd && existing.lastSeenEnd.getTime() >= c.windowStart - DAY_MS);
}

async function persist(version: MonitoredVersion, candidates: Candidate[], sources: Set<Source>, actor: Actor): Promise<Pick<EvaluationResult, "created" | "updated" | "closed">> {
  const db = prisma();
  const target = `model:${version.model}@${version.version}`;
  const existing: ExistingEvent[] = await db.driftEvent.findMany({
    where: { modelVersionId: version.id },
    select: { id: true, kind: true, subject: true, windowStart: true, lastSeenEnd: true, status: true },
  });
  const now = new Date();
  const touched = new Set<number>();
  let created = 0;
  let updated = 0;
  let closed = 0;
  for (const c of candidates) {
    const fields = {
      windowEnd: new Date(c.windowEnd),
      lastSeenEnd: new Date(c.lastSeenEnd),
      onset: c.onset === null ? null : new Date(c.onset),
      severity: c.severity,
      strategy: c.strategy as RetrainingStrategy,
      reason: c.reason,
      details: c.details as object,
    };
    const match = existing.find((e) => !touched.has(e.id) && matches(e, c));
    if (match) {
      touched.add(match.id);
      const status: DriftEventStatus = c.ongoing ? (match.status === "CLOSED" ? "OPEN" : match.status) : "CLOSED";
      await db.driftEvent.update({
        where: { id: match.id },
        data: { ...fields, status, updatedAt: now, ...(status === "CLOSED" && match.status !== "CLOSED" ? { closedAt: now } : {}), ...(status === "OPEN" && match.status === "CLOSED" ? { closedAt: null } : {}) },
      });
      updated++;
      if (status === "CLOSED" && match.status !== "CLOSED") {
        closed++;
        await recordAudit({ actor, action: "drift.event.closed", target, details: { id: match.id, kind: c.kind, subject: c.subject, reason: "no longer over the threshold" } });
      }
      continue;
    }
    if (c.extendOnly) continue;
    try {
      await db.$transaction(async (tx) => {
        const row = await tx.driftEvent.create({
          data: {
            modelVersionId: version.id,
            kind: c.kind as DbDriftKind,
            subject: c.subject,
            windowStart: new Date(c.windowStart),
            ...fields,
            status: c.ongoing ? "OPEN" : "CLOSED",
            closedAt: c.ongoing ? null : now,
          },
        });
        await recordAudit(
          {
            actor,
            action: "drift.event.created",
            target,
            details: { id: row.id, kind: c.kind, subject: c.subject, windowStart: new Date(c.windowStart).toISOString(), severity: c.severity, strategy: c.strategy, status: row.status },
          },
          tx,
        );
      });
      created++;
    } catch (error) {
      // A concurrent read recorded the same episode first: that is the idempotency working.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  for (const e of existing) {
    if (touched.has(e.id) || e.status === "CLOSED" || !sources.has(sourceOf(e.subject))) continue;
    await db.driftEvent.update({ where: { id: e.id }, data: { status: "CLOSED", closedAt: now, updatedAt: now } });
    await recordAudit({ actor, action: "drift.event.closed", target, details: { id: e.id, kind: e.kind, subject: e.subject, reason: "not over the threshold in the latest evaluation" } });
    closed++;
  }
  return { created, updated, closed };
}
