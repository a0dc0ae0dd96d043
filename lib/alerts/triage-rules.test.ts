import { describe, expect, it } from "vitest";
import { nextStatus, statusChangeError, TriageRequest } from "./triage-rules";

describe("status rules", () => {
  it("moves forward through the workflow and allows releasing and reopening", () => {
    expect(statusChangeError("NEW", "IN_PROGRESS", false)).toBeNull();
    expect(statusChangeError("IN_PROGRESS", "NEW", false)).toBeNull();
    expect(statusChangeError("RESOLVED", "IN_PROGRESS", true)).toBeNull();
  });

  it("refuses resolving without a verdict, a jump back to new and a no-op", () => {
    expect(statusChangeError("IN_PROGRESS", "RESOLVED", false)).toMatch(/verdict/);
    expect(statusChangeError("IN_PROGRESS", "RESOLVED", true)).toBeNull();
    expect(statusChangeError("RESOLVED", "NEW", true)).toMatch(/cannot go/);
    expect(statusChangeError("NEW", "NEW", false)).toMatch(/already new/);
  });

  it("has the s key advance, release an unjudged alert, and reopen a resolved one", () => {
    expect(nextStatus("NEW", false)).toBe("IN_PROGRESS");
    expect(nextStatus("IN_PROGRESS", true)).toBe("RESOLVED");
    expect(nextStatus("IN_PROGRESS", false)).toBe("NEW");
    expect(nextStatus("RESOLVED", true)).toBe("IN_PROGRESS");
  });
});

describe("triage requests", () => {
  const alerts = [{ id: 1, rowVersion: 0 }];

  it("require a reason for a false positive, with the path of the missing field", () => {
    const parsed = TriageRequest.safeParse({ alerts, action: { kind: "verdict", verdict: "FALSE_POSITIVE" } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["action", "reason"]);
    expect(TriageRequest.safeParse({ alerts, action: { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "duplicate" } }).success).toBe(true);
    expect(TriageRequest.safeParse({ alerts, action: { kind: "verdict", verdict: "TRUE_POSITIVE" } }).success).toBe(true);
  });

  it("refuse unknown reasons, repeated alerts and empty selections", () => {
    expect(TriageRequest.safeParse({ alerts, action: { kind: "verdict", verdict: "FALSE_POSITIVE", reason: "meh" } }).success).toBe(false);
    expect(TriageRequest.safeParse({ alerts: [...alerts, ...alerts], action: { kind: "claim" } }).success).toBe(false);
    expect(TriageRequest.safeParse({ alerts: [], action: { kind: "claim" } }).success).toBe(false);
  });
});
