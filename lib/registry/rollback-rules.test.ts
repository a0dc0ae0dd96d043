import { describe, expect, it } from "vitest";
import { rollbackCandidate, type PromotionFact } from "./rollback-rules";
import type { Stage } from "./schemas";

const promotion = (id: number, overrides: Partial<PromotionFact> = {}): PromotionFact => ({ id, versionId: 2, toStage: "PRODUCTION", replacedId: 1, rolledBack: false, ...overrides });
const stages = (entries: [number, Stage][]) => new Map(entries);

describe("rollbackCandidate", () => {
  it("offers the latest promotion while both versions stand where it left them", () => {
    const s = stages([[1, "ARCHIVED"], [2, "PRODUCTION"]]);
    expect(rollbackCandidate([promotion(1, { versionId: 1, replacedId: null }), promotion(2)], s)?.id).toBe(2);
  });

  it("offers nothing once the latest promotion was rolled back or anything moved since", () => {
    expect(rollbackCandidate([promotion(2, { rolledBack: true })], stages([[1, "PRODUCTION"], [2, "SHADOW"]]))).toBeNull();
    expect(rollbackCandidate([promotion(2)], stages([[1, "ARCHIVED"], [2, "CANARY"]]))).toBeNull();
    expect(rollbackCandidate([promotion(2)], stages([[1, "SHADOW"], [2, "PRODUCTION"]]))).toBeNull();
    expect(rollbackCandidate([], stages([]))).toBeNull();
  });

  it("rolls back a canary promotion that replaced nothing", () => {
    const p = promotion(3, { toStage: "CANARY", replacedId: null });
    expect(rollbackCandidate([p], stages([[2, "CANARY"]]))).toEqual(p);
  });
});
