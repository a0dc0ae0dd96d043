import "server-only";
// Verdicts are append-only labels: a new verdict supersedes the prediction's latest one and
// never overwrites it. Recording a verdict on an alerted prediction resolves its alert.
import { prisma, type Prisma } from "@/lib/db/client";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { badRequest } from "@/lib/api/errors";
import type { Verdict } from "./schemas";
import { noteWrites } from "@/lib/db/statistics";

export type VerdictInput = {
  predictionId: number;
  verdict: Verdict;
  reasonCode?: string | null;
  note?: string | null;
  source: "ANALYST" | "AUDIT_SAMPLE" | "IMPORT" | "ACTIVE_LEARNING";
  /** the prediction raised no alert (an active-learning pick below the threshold): as on the audit sample, "false positive" only means benign */
  noAlert?: boolean;
  labelledById?: string | null;
  /** when the verdict was given; defaults to now */
  at?: Date;
};

type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

/** After committing verdicts: each adds a label and may resolve an alert. */
export function noteVerdictWrites(count: number): void {
  noteWrites("Label", count);
  noteWrites("Alert", count);
}

/**
 * Records verdicts inside the caller's transaction (so a triage action is all-or-nothing); the
 * caller calls noteVerdictWrites once it commits.
 */
export async function appendVerdicts(tx: Tx, inputs: VerdictInput[], actor: Actor): Promise<void> {
  for (const input of inputs) {
    // An audit-sample prediction did not fire, so "false positive" there only means "benign":
    // there is no detection to find fault with.
    if (input.verdict === "FALSE_POSITIVE" && input.source !== "AUDIT_SAMPLE" && !input.noAlert && !input.reasonCode) throw badRequest("A false positive needs a reason");
  }
  const predictionIds = [...new Set(inputs.map((input) => input.predictionId))];
  const existing = await tx.label.findMany({
    where: { predictionId: { in: predictionIds }, supersededBy: null },
    select: { id: true, predictionId: true },
  });
  const latest = new Map(existing.map((label) => [label.predictionId, label.id]));
  for (const input of inputs) {
    const at = input.at ?? new Date();
    const label = await tx.label.create({
      data: {
        predictionId: input.predictionId,
        verdict: input.verdict,
        reasonCode: input.reasonCode ?? null,
        note: input.note ?? null,
        source: input.source,
        labelledById: input.labelledById ?? null,
        at,
        supersedesId: latest.get(input.predictionId) ?? null,
      },
    });
    latest.set(input.predictionId, label.id);
    const alert = await tx.alert.findUnique({ where: { predictionId: input.predictionId }, select: { id: true, status: true, acknowledgedAt: true, assigneeId: true } });
    if (alert) {
      await tx.alert.update({
        where: { id: alert.id },
        data: {
          status: "RESOLVED",
          resolvedAt: at,
          acknowledgedAt: alert.acknowledgedAt ?? at,
          ...(alert.status === "RESOLVED" ? {} : { statusChangedAt: at }),
          // The analyst who judged an unassigned alert owns it (team load, "who did what").
          ...(alert.assigneeId || !input.labelledById ? {} : { assigneeId: input.labelledById }),
          updatedAt: new Date(),
          rowVersion: { increment: 1 },
        },
      });
    }
    await recordAudit(
      {
        actor,
        action: "label.recorded",
        target: alert ? `alert:${alert.id}` : `prediction:${input.predictionId}`,
        details: { verdict: input.verdict, reasonCode: input.reasonCode ?? null, source: input.source, supersedes: label.supersedesId },
      },
      tx,
    );
  }
}

export async function recordVerdicts(inputs: VerdictInput[], actor: Actor): Promise<{ recorded: number }> {
  await prisma().$transaction((tx) => appendVerdicts(tx, inputs, actor));
  noteVerdictWrites(inputs.length);
  return { recorded: inputs.length };
}
