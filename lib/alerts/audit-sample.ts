import "server-only";
// The audit sample: a small random share of below-threshold predictions, drawn at ingest with
// a known inclusion probability, labelled so recall can be estimated without selection bias.
// Listed and judged here like alerts, but a label is their only state.
import { prisma } from "@/lib/db/client";
import { LABEL_HISTORY, labelHistory } from "./label-history";
import { conflict, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/session";
import { topReasons } from "@/lib/ingest/triage-fields";
import type { Explanation } from "@/lib/ingest/schemas";
import type { Baseline } from "@/lib/registry/schemas";
import { decodeCursor, encodeCursor } from "./queue";
import type { AuditSampleLabelIn, AuditSamplePage, AuditSampleQuery } from "./schemas";
import { appendVerdicts, noteVerdictWrites } from "./verdicts";

type Features = Record<string, number | string | boolean | null>;

export async function listAuditSample(query: AuditSampleQuery): Promise<AuditSamplePage> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const state = query.state === "pending" ? { labels: { none: {} } } : { labels: { some: {} } };
  const where = { auditSample: true, ...state };
  const [rows, pending] = await Promise.all([
    prisma().prediction.findMany({
      where: { ...where, ...(cursor ? { OR: [{ time: { lt: new Date(cursor.key) } }, { time: new Date(cursor.key), id: { lt: cursor.id } }] } : {}) },
      orderBy: [{ time: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: {
        id: true, time: true, score: true, threshold: true, features: true, explanation: true, host: true, userName: true, sourceIp: true,
        businessUnit: true, inclusionProbability: true,
        modelVersion: { select: { version: true, model: { select: { name: true } } } },
        labels: { where: { supersededBy: null }, select: { id: true, verdict: true }, take: 1 },
      },
    }),
    cursor ? Promise.resolve(undefined) : prisma().prediction.count({ where: { auditSample: true, labels: { none: {} } } }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({
      id: row.id,
      time: row.time.toISOString(),
      score: row.score,
      threshold: row.threshold,
      host: row.host,
      userName: row.userName,
      sourceIp: row.sourceIp,
      businessUnit: row.businessUnit,
      inclusionProbability: row.inclusionProbability,
      model: row.modelVersion.model.name,
      version: row.modelVersion.version,
      topReasons: topReasons((row.explanation as Explanation | null) ?? undefined, row.features as Features),
      verdict: row.labels[0]?.verdict ?? null,
      labelId: row.labels[0]?.id ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.time.getTime(), id: last.id }) : null,
    pending: pending ?? null,
  };
}

export async function getAuditSamplePrediction(id: number) {
  const row = await prisma().prediction.findFirst({
    where: { id, auditSample: true },
    include: {
      modelVersion: { select: { version: true, baseline: true, model: { select: { name: true } } } },
      labels: LABEL_HISTORY,
    },
  });
  if (!row) throw notFound(`Prediction ${id} is not in the audit sample`);
  return {
    id: row.id,
    eventId: row.eventId,
    time: row.time.toISOString(),
    score: row.score,
    threshold: row.threshold,
    inclusionProbability: row.inclusionProbability,
    entity: { host: row.host, user: row.userName, sourceIp: row.sourceIp, businessUnit: row.businessUnit },
    model: { name: row.modelVersion.model.name, version: row.modelVersion.version },
    features: row.features as Features,
    explanation: row.explanation as Explanation | null,
    rawEvent: row.rawEvent as Record<string, unknown> | null,
    baseline: row.modelVersion.baseline as Baseline | null,
    labels: labelHistory(row.labels),
  };
}
export type AuditSamplePrediction = Awaited<ReturnType<typeof getAuditSamplePrediction>>;

/** `supersedes` is the label the client saw as latest (null: none); anything else is a conflict. */
export async function labelAuditSample(input: AuditSampleLabelIn, user: SessionUser): Promise<AuditSamplePrediction> {
  await prisma().$transaction(async (tx) => {
    const prediction = await tx.prediction.findFirst({
      where: { id: input.predictionId, auditSample: true },
      select: { labels: { where: { supersededBy: null }, select: { id: true }, take: 1 } },
    });
    if (!prediction) throw notFound(`Prediction ${input.predictionId} is not in the audit sample`);
    const latest = prediction.labels[0]?.id ?? null;
    if (latest !== input.supersedes) throw conflict("Someone labelled this prediction since you loaded it. It has been reloaded: check it and try again.");
    await appendVerdicts(
      tx,
      [{ predictionId: input.predictionId, verdict: input.verdict, reasonCode: input.reason ?? null, note: input.note || null, source: "AUDIT_SAMPLE", labelledById: user.id }],
      { id: user.id, label: user.email },
    );
  });
  noteVerdictWrites(1);
  return getAuditSamplePrediction(input.predictionId);
}
