import { describe, expect, it } from "vitest";
import { MIN_POSITIVES_TO_RETRAIN, recommendRetraining } from "./retraining";

const feature = { source: "feature" as const, feature: "dns_queries_1h", importance: 0.02, scoreDrift: false, scorePsi: 0.004, abrupt: true };
const drop = { source: "performance" as const, kind: "CONCEPT_DRIFT" as const, metric: "precision" as const, relativeDrop: 0.5, positives: 400, features: [] };

describe("recommendRetraining", () => {
  it("schedules when the drifted feature barely matters and scores held", () => {
    const r = recommendRetraining(feature);
    expect(r.strategy).toBe("SCHEDULED");
    expect(r.reason).toContain("2 %");
    expect(r.reason).toContain("0.004");
  });

  it("retrains on demand after a step change in a feature the model relies on", () => {
    expect(recommendRetraining({ ...feature, importance: 0.3 }).strategy).toBe("ON_DEMAND");
    expect(recommendRetraining({ ...feature, scoreDrift: true, scorePsi: 0.3 }).strategy).toBe("ON_DEMAND");
  });

  it("updates incrementally when an important feature creeps", () => {
    expect(recommendRetraining({ ...feature, importance: 0.3, abrupt: false }).strategy).toBe("INCREMENTAL");
  });

  it("retrains on demand after a large drop with enough confirmed attacks", () => {
    const r = recommendRetraining(drop);
    expect(r.strategy).toBe("ON_DEMAND");
    expect(r.reason).toContain("50 %");
  });

  it("asks for active learning when the new behaviour has too few labels, or the drop is in recall", () => {
    expect(recommendRetraining({ ...drop, positives: MIN_POSITIVES_TO_RETRAIN - 1 }).strategy).toBe("ACTIVE_LEARNING");
    const recall = recommendRetraining({ ...drop, metric: "recall" });
    expect(recall.strategy).toBe("ACTIVE_LEARNING");
    expect(recall.reason).toContain("below the threshold");
  });

  it("updates incrementally after a modest drop", () => {
    expect(recommendRetraining({ ...drop, relativeDrop: 0.08 }).strategy).toBe("INCREMENTAL");
  });

  it("names the moved inputs when a drop is put down to data drift", () => {
    expect(recommendRetraining({ ...drop, kind: "DATA_DRIFT", features: ["os"] }).reason).toContain("inputs moved (os)");
  });
});
