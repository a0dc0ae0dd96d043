import { describe, expect, it } from "vitest";
import { getDb, prisma } from "@/lib/db/client";
import { appendOnlyViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { recordAudit } from "./record";
import { retentionInfo } from "./retention";
import { verifyAuditTrail } from "./verify-trail";
import { installTestSigningKey } from "./signing-key.test-support";

// A throwaway key: tests must not create data/audit-signing-key in the working tree.
installTestSigningKey();

async function refused(operation: Promise<unknown>, table: string) {
  const error = await operation.then(() => undefined, (e: unknown) => e);
  expect(error, `${table} change should be refused`).toBeDefined();
  expect(appendOnlyViolation(error)?.table).toBe(table);
}

describe("retention", () => {
  it("states the configured years (default 7) and when the oldest record leaves retention", async () => {
    expect(env.VIGIL_RETENTION_YEARS).toBe(7);
    expect(await retentionInfo()).toMatchObject({ years: 7, oldestPrediction: null, oldestAuditEvent: null, earliestExpiry: null });
    await recordAudit({ actor: { label: "test" }, action: "test.recorded" });
    const info = await retentionInfo();
    const oldest = new Date(info.oldestAuditEvent!);
    expect(new Date(info.earliestExpiry!).getUTCFullYear()).toBe(oldest.getUTCFullYear() + 7);
  });

  it("has nothing to delete with: the database refuses changes to checkpoints as to every audited fact", async () => {
    const model = await prisma().model.create({ data: { name: "m" } });
    const version = await prisma().modelVersion.create({ data: { modelId: model.id, version: "1", threshold: 0.5, features: [] } });
    const prediction = await prisma().prediction.create({
      data: { modelVersionId: version.id, eventId: "e1", time: new Date(), score: 0.9, decision: true, threshold: 0.5, features: {} },
    });
    await prisma().label.create({ data: { predictionId: prediction.id, verdict: "TRUE_POSITIVE", source: "ANALYST" } });
    await recordAudit({ actor: { label: "test" }, action: "test.recorded" });
    const { checkpoint } = await verifyAuditTrail({ actor: { label: "test" } });
    expect(checkpoint).not.toBeNull();
    await refused(prisma().auditCheckpoint.update({ where: { id: checkpoint!.id }, data: { hash: "0".repeat(64) } }), "AuditCheckpoint");
    await refused(prisma().auditCheckpoint.delete({ where: { id: checkpoint!.id } }), "AuditCheckpoint");
    await refused(prisma().auditCheckpoint.deleteMany({}), "AuditCheckpoint");
    await refused(prisma().$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`), "AuditCheckpoint");
    await refused(prisma().auditEvent.deleteMany({}), "AuditEvent");
    await refused(prisma().prediction.deleteMany({}), "Prediction");
    await refused(prisma().label.deleteMany({}), "Label");
    if (getDb().provider === "postgresql") await refused(prisma().$executeRawUnsafe(`TRUNCATE "AuditCheckpoint"`), "AuditCheckpoint");
    expect(await prisma().auditCheckpoint.count()).toBe(1);
  });
});
