import { describe, expect, it } from "vitest";
import { PromotionIn, ProposalDecisionIn, ThresholdProposalIn } from "./governance-schemas";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

describe("governance requests", () => {
  it("take a threshold in [0, 1] with a reason worth keeping", () => {
    expect(ThresholdProposalIn.parse({ threshold: 0.42, reason: "SIEM alerting preset, best F1", preset: "siem-alerting" })).toMatchObject({ threshold: 0.42 });
    expect(issues(ThresholdProposalIn.safeParse({ threshold: 1.2, reason: "a good reason here" }))).toEqual([{ path: "threshold", message: "threshold must be in [0, 1]" }]);
    expect(issues(ThresholdProposalIn.safeParse({ threshold: 0.5, reason: "why not" }))[0]).toMatchObject({ path: "reason", message: expect.stringMatching(/at least 10 characters/) });
    expect(ThresholdProposalIn.safeParse({ threshold: 0.5, reason: "a good reason here", preset: "yolo" }).success).toBe(false);
  });

  it("decide with approve, reject or withdraw, and an optional self-approval confirmation", () => {
    expect(ProposalDecisionIn.parse({ decision: "approve", confirmSelfApproval: true })).toEqual({ decision: "approve", confirmSelfApproval: true });
    expect(ProposalDecisionIn.safeParse({ decision: "maybe" }).success).toBe(false);
  });

  it("promote only into shadow, canary or production, with a reason", () => {
    expect(PromotionIn.parse({ toStage: "CANARY", reason: "gather live evidence" }).toStage).toBe("CANARY");
    expect(PromotionIn.safeParse({ toStage: "ARCHIVED", reason: "gather live evidence" }).success).toBe(false);
    expect(issues(PromotionIn.safeParse({ toStage: "PRODUCTION" }))[0]).toMatchObject({ path: "reason", message: expect.stringMatching(/needs a reason/) });
  });
});
