import "server-only";
// After a day's verdicts are recorded, what the scenario planned to happen to them next: the
// blind second opinion of each verdict the hash put in the second-opinion sample (given by
// another demo analyst, unless the verdict was changed first), and the planned corrections (a
// new verdict superseding the first, as any changed verdict does).
import { recordVerdicts, type VerdictInput } from "@/lib/alerts/verdicts";
import { prisma } from "@/lib/db/client";
import { inReviewSample } from "@/lib/label-quality/sample";
import { appendReview } from "@/lib/label-quality/reviews";
import type { PlannedVerdict } from "./verdicts";

export type RecordedVerdict = { predictionId: number; planned: PlannedVerdict };

const CORRECTION_NOTE = "Verdict revised after further investigation.";

export async function applyFollowUps(recorded: RecordedVerdict[], analysts: readonly string[], userIds: Map<string, string>): Promise<{ reviews: number; corrections: number }> {
  if (recorded.length === 0) return { reviews: 0, corrections: 0 };
  const labels = await prisma().label.findMany({
    where: { predictionId: { in: recorded.map((r) => r.predictionId) }, supersededBy: null },
    select: { id: true, predictionId: true },
  });
  const labelOf = new Map(labels.map((label) => [label.predictionId, label.id]));
  const reviews: Parameters<typeof appendReview>[1][] = [];
  const corrections = new Map<string, VerdictInput[]>();
  for (const { predictionId, planned } of recorded) {
    const labelId = labelOf.get(predictionId);
    if (labelId === undefined) continue;
    const others = analysts.filter((analyst) => analyst !== planned.analyst);
    const given = planned.at.getTime();
    const correctedAt = planned.correction ? given + planned.correction.afterMs : Number.POSITIVE_INFINITY;
    const second = planned.secondOpinion;
    const reviewer = others.length ? userIds.get(others[labelId % others.length]) : undefined;
    if (second && reviewer && inReviewSample(labelId) && given + second.afterMs < correctedAt) {
      reviews.push({ labelId, predictionId, verdict: second.verdict, reasonCode: second.reasonCode ?? null, reviewerId: reviewer, at: new Date(given + second.afterMs) });
    }
    if (planned.correction) {
      const by = others.length ? others[(labelId + 1) % others.length] : planned.analyst;
      const list = corrections.get(by) ?? [];
      list.push({
        predictionId,
        verdict: planned.correction.verdict,
        reasonCode: planned.correction.reasonCode ?? null,
        note: CORRECTION_NOTE,
        source: "ANALYST",
        labelledById: userIds.get(by) ?? null,
        at: new Date(correctedAt),
      });
      corrections.set(by, list);
    }
  }
  const emails = new Map([...userIds].map(([email, id]) => [id, email]));
  await prisma().$transaction(async (tx) => {
    for (const review of reviews) await appendReview(tx, review, { id: review.reviewerId, label: emails.get(review.reviewerId) ?? "demo-loader" });
  });
  let corrected = 0;
  for (const [analyst, inputs] of corrections) corrected += (await recordVerdicts(inputs, { id: userIds.get(analyst), label: analyst })).recorded;
  return { reviews: reviews.length, corrections: corrected };
}
