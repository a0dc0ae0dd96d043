import { describe, expect, it } from "vitest";
import { slaState } from "./sla";

const alert = { time: "2026-11-01T12:00:00Z", slaDueAt: "2026-11-01T13:00:00Z", resolvedAt: null };
const at = (iso: string) => Date.parse(iso);

describe("slaState", () => {
  it("counts down, turning urgent in the last fifth of the window", () => {
    expect(slaState(alert, at("2026-11-01T12:10:00Z"))).toEqual({ kind: "running", remainingMs: 50 * 60_000, urgent: false });
    expect(slaState(alert, at("2026-11-01T12:50:00Z"))).toEqual({ kind: "running", remainingMs: 10 * 60_000, urgent: true });
  });

  it("is breached from the due time while unresolved", () => {
    expect(slaState(alert, at("2026-11-01T13:00:00Z"))).toEqual({ kind: "breached", overdueMs: 0 });
    expect(slaState(alert, at("2026-11-01T13:30:00Z"))).toEqual({ kind: "breached", overdueMs: 30 * 60_000 });
  });

  it("judges a resolved alert by when it was resolved, not by now", () => {
    expect(slaState({ ...alert, resolvedAt: "2026-11-01T12:40:00Z" }, at("2026-11-09T00:00:00Z"))).toEqual({ kind: "met", marginMs: 20 * 60_000 });
    expect(slaState({ ...alert, resolvedAt: "2026-11-01T14:00:00Z" }, at("2026-11-09T00:00:00Z"))).toEqual({ kind: "missed", lateByMs: 60 * 60_000 });
  });
});
