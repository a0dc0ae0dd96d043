import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { appendOnlyViolation } from "@/lib/db/errors";
import { migrate } from "@/lib/db/migrations";
import { ingestPredictions } from "@/lib/ingest/ingest";
import { recordVerdicts } from "@/lib/alerts/verdicts";
import { prediction, registerVersion } from "./helpers/fixtures";

async function expectRefused(operation: Promise<unknown>, table: string) {
  const error = await operation.then(() => undefined, (e: unknown) => e);
  expect(error, `${table} change should be refused`).toBeDefined();
  const violation = appendOnlyViolation(error);
  expect(violation?.table).toBe(table);
  expect(violation?.message).toMatch(/append-only/);
}

describe("migrations", () => {
  it("are idempotent: a second run applies nothing", async () => {
    const again = await migrate(process.env.DATABASE_URL!);
    expect(again.applied).toEqual([]);
  });
});

describe("append-only facts", () => {
  it("refuse UPDATE and DELETE on predictions, labels and audit events", async () => {
    await registerVersion();
    await ingestPredictions([prediction("evt-1", 0.95)]);
    const stored = await prisma().prediction.findFirstOrThrow({ where: { eventId: "evt-1" } });
    await recordVerdicts([{ predictionId: stored.id, verdict: "TRUE_POSITIVE", source: "ANALYST" }], { label: "test" });
    const label = await prisma().label.findFirstOrThrow();
    const audit = await prisma().auditEvent.findFirstOrThrow();

    await expectRefused(prisma().prediction.update({ where: { id: stored.id }, data: { score: 0.1 } }), "Prediction");
    await expectRefused(prisma().prediction.delete({ where: { id: stored.id } }), "Prediction");
    await expectRefused(prisma().label.update({ where: { id: label.id }, data: { verdict: "FALSE_POSITIVE" } }), "Label");
    await expectRefused(prisma().label.deleteMany({}), "Label");
    await expectRefused(prisma().auditEvent.update({ where: { seq: audit.seq }, data: { actor: "mallory" } }), "AuditEvent");
    await expectRefused(prisma().auditEvent.delete({ where: { seq: audit.seq } }), "AuditEvent");
    await expectRefused(prisma().$executeRawUnsafe(`UPDATE "Prediction" SET "score" = 0`), "Prediction");

    expect((await prisma().prediction.findUniqueOrThrow({ where: { id: stored.id } })).score).toBe(0.95);
    expect(await prisma().auditEvent.count()).toBeGreaterThan(1);
  });

  it("keeps verdict history: a change supersedes the previous label", async () => {
    const stored = await prisma().prediction.findFirstOrThrow({ where: { eventId: "evt-1" } });
    const before = await prisma().label.findFirstOrThrow({ where: { predictionId: stored.id } });
    await recordVerdicts(
      [{ predictionId: stored.id, verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", source: "ANALYST" }],
      { label: "test" },
    );
    const labels = await prisma().label.findMany({ where: { predictionId: stored.id }, orderBy: { id: "asc" } });
    expect(labels.map((l) => l.verdict)).toEqual(["TRUE_POSITIVE", "FALSE_POSITIVE"]);
    expect(labels[1].supersedesId).toBe(before.id);
  });
});
