import "server-only";
// The double-labelled sample: a fixed share of recent verdicts (sample.ts) is offered to another
// analyst for a blind second opinion. The reviewer sees the evidence, never the first verdict or
// who gave it; cannot review a case they judged themselves; and each verdict gets one second
// opinion. A second opinion is a LabelReview row: the Label rows that datasets and evaluation
// read are never touched.
import { conflict, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/session";
import { lockAuditChain, recordAudit, type Actor, type Tx } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import type { Explanation } from "@/lib/ingest/schemas";
import { topReasons } from "@/lib/ingest/triage-fields";
import type { Baseline } from "@/lib/registry/schemas";
import { inReviewSample } from "./sample";
import {
  REVIEW_WINDOW_DAYS,
  type LabelReviewIn,
  type LabelReviewItem,
  type LabelReviewOut,
  type LabelReviewPage,
  type LabelReviewQuery,
} from "./schemas";

type Features = Record<string, number | string | boolean | null>;
type Client = Tx | ReturnType<typeof prisma>;

const DAY_MS = 86_400_000;
const windowStart = () => new Date(Date.now() - REVIEW_WINDOW_DAYS * DAY_MS);

/** Ids of the sampled verdicts waiting for this person, newest first. */
async function queueIds(user: SessionUser): Promise<number[]> {
  const since = windowStart();
  const [candidates, reviewed] = await Promise.all([
    prisma().label.findMany({
      where: {
        at: { gte: since },
        labelledById: { not: null },
        NOT: [{ labelledById: user.id }, { source: "IMPORT" }],
        supersededBy: null,
        // Someone who judged the case before (even a verdict since replaced) is not a second pair of eyes.
        prediction: { labels: { none: { labelledById: user.id } } },
      },
      select: { id: true },
      orderBy: { id: "desc" },
    }),
    // A review comes after its label, so the window's labels' reviews are all at or after its start.
    prisma().labelReview.findMany({ where: { at: { gte: since } }, select: { labelId: true } }),
  ]);
  const done = new Set(reviewed.map((r) => r.labelId));
  return candidates.map((c) => c.id).filter((id) => inReviewSample(id) && !done.has(id));
}

export async function listReviewQueue(query: LabelReviewQuery, user: SessionUser): Promise<LabelReviewPage> {
  const all = await queueIds(user);
  const before = query.cursor ? Number(query.cursor) : Number.POSITIVE_INFINITY;
  const page = all.filter((id) => id < before).slice(0, query.limit + 1);
  const shown = page.slice(0, query.limit);
  const rows = await prisma().label.findMany({
    where: { id: { in: shown } },
    select: {
      id: true,
      prediction: {
        select: {
          time: true, score: true, threshold: true, host: true, userName: true, sourceIp: true, businessUnit: true, attackType: true, features: true, explanation: true,
          modelVersion: { select: { version: true, model: { select: { name: true } } } },
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row.prediction]));
  return {
    rows: shown.map((labelId) => {
      const p = byId.get(labelId)!;
      return {
        labelId,
        time: p.time.toISOString(),
        score: p.score,
        threshold: p.threshold,
        model: p.modelVersion.model.name,
        version: p.modelVersion.version,
        host: p.host,
        userName: p.userName,
        sourceIp: p.sourceIp,
        businessUnit: p.businessUnit,
        attackType: p.attackType,
        topReasons: topReasons((p.explanation as Explanation | null) ?? undefined, p.features as Features),
      };
    }),
    nextCursor: page.length > query.limit ? String(shown.at(-1)!) : null,
    pending: query.cursor ? null : all.length,
  };
}

/** Why this person may not give this verdict a second opinion now, or null when they may. */
async function refusal(client: Client, labelId: number, user: SessionUser) {
  const label = await client.label.findUnique({
    where: { id: labelId },
    select: { id: true, at: true, source: true, labelledById: true, predictionId: true, supersededBy: { select: { id: true } } },
  });
  if (!label || label.labelledById === null || label.source === "IMPORT" || !inReviewSample(label.id)) {
    return { label: null, error: notFound(`Verdict ${labelId} is not in the second-opinion sample`) };
  }
  const [judgedBefore, reviews] = await Promise.all([
    client.label.count({ where: { predictionId: label.predictionId, labelledById: user.id } }),
    client.labelReview.findMany({ where: { labelId }, select: { reviewerId: true } }),
  ]);
  if (reviews.some((r) => r.reviewerId === user.id)) return { label, error: conflict("You already gave a second opinion on this verdict") };
  if (judgedBefore > 0) return { label, error: conflict("You judged this case yourself: a second opinion has to come from someone else") };
  if (reviews.length > 0) return { label, error: conflict("Another analyst already gave this verdict its second opinion") };
  if (label.supersededBy) return { label, error: conflict("The verdict was changed since it was offered, so it no longer waits for a second opinion") };
  if (label.at < windowStart()) return { label, error: conflict(`Second opinions are asked for verdicts of the last ${REVIEW_WINDOW_DAYS} days; this one is older`) };
  return { label, error: null };
}

/** The case as the reviewer sees it: the evidence and their own second opinion, if given. */
export async function getReviewItem(labelId: number, user: SessionUser): Promise<LabelReviewItem> {
  const [check, mine] = await Promise.all([
    refusal(prisma(), labelId, user),
    prisma().labelReview.findUnique({ where: { labelId_reviewerId: { labelId, reviewerId: user.id } }, select: { verdict: true, reasonCode: true, at: true } }),
  ]);
  // Anything not offered to this person reads as absent: the page must not hint at the verdict.
  if (!check.label || (check.error && !mine)) throw notFound(`Verdict ${labelId} is not in your second-opinion queue`);
  const prediction = await prisma().prediction.findUniqueOrThrow({
    where: { id: check.label.predictionId },
    include: { modelVersion: { select: { version: true, baseline: true, model: { select: { name: true } } } } },
  });
  return {
    labelId,
    eventId: prediction.eventId,
    time: prediction.time.toISOString(),
    score: prediction.score,
    threshold: prediction.threshold,
    attackType: prediction.attackType,
    entity: { host: prediction.host, user: prediction.userName, sourceIp: prediction.sourceIp, businessUnit: prediction.businessUnit },
    model: { name: prediction.modelVersion.model.name, version: prediction.modelVersion.version },
    features: prediction.features as Features,
    explanation: prediction.explanation as Explanation | null,
    rawEvent: prediction.rawEvent as Record<string, unknown> | null,
    baseline: prediction.modelVersion.baseline as Baseline | null,
    myReview: mine ? { verdict: mine.verdict, reasonCode: mine.reasonCode, at: mine.at.toISOString() } : null,
  };
}

export type ReviewInput = { labelId: number; predictionId: number; verdict: LabelReviewOut["verdict"]; reasonCode: string | null; reviewerId: string; at?: Date };

/** Writes a second opinion and its audit event inside the caller's transaction. */
export async function appendReview(tx: Tx, input: ReviewInput, actor: Actor): Promise<LabelReviewOut> {
  const review = await tx.labelReview.create({ data: { ...input, at: input.at ?? new Date() } });
  await recordAudit(
    {
      actor,
      action: "label.reviewed",
      target: `label:${input.labelId}`,
      details: { predictionId: review.predictionId, verdict: review.verdict, reasonCode: review.reasonCode },
    },
    tx,
  );
  return { id: review.id, labelId: review.labelId, verdict: review.verdict, reasonCode: review.reasonCode, at: review.at.toISOString() };
}

export async function recordReview(input: LabelReviewIn, user: SessionUser): Promise<LabelReviewOut> {
  return prisma().$transaction(async (tx) => {
    // One writer at a time (the audit chain's lock): two reviewers racing for the same verdict
    // cannot both pass the "no second opinion yet" check.
    await lockAuditChain(tx);
    const { label, error } = await refusal(tx, input.labelId, user);
    if (error) throw error;
    return appendReview(
      tx,
      { labelId: input.labelId, predictionId: label!.predictionId, verdict: input.verdict, reasonCode: input.reason ?? null, reviewerId: user.id },
      { id: user.id, label: user.email },
    );
  });
}
