import { describe, expect, it } from "vitest";
import { buildEnterprise } from "@/lib/simulate/enterprise";
import type { BenignCause, SimEvent } from "@/lib/simulate/types";
import { REASON_CODES, type VerdictContext, analystVerdict, auditVerdict } from "@/lib/simulate/verdicts";
import { Rng } from "@/lib/stats/random";

const enterprise = buildEnterprise(Rng.derive(1, "enterprise"));
const noon = Date.UTC(2026, 2, 3, 12);
const event = (truth: SimEvent["truth"], i: number): SimEvent => ({
  id: `evt-${i}`,
  time: noon,
  host: enterprise.hosts[0],
  user: enterprise.users[0],
  features: {},
  raw: {},
  truth,
});
const malicious: SimEvent["truth"] = { malicious: true, kind: "exfiltration", technique: "https_bulk_upload", campaignId: "cmp-001" };
const benign = (cause: BenignCause): SimEvent["truth"] => ({ malicious: false, cause });
const context = (overrides: Partial<VerdictContext> = {}): VerdictContext => ({
  rng: new Rng(4),
  analysts: ["a@x", "b@x"],
  model: "m",
  version: "1.0.0",
  threshold: 0.1,
  end: noon + 30 * 24 * 3_600_000,
  lastDay: false,
  ...overrides,
});
const run = (truth: SimEvent["truth"], n: number, ctx = context(), score = 0.2) =>
  Array.from({ length: n }, (_, i) => analystVerdict(ctx, event(truth, i), score));
const share = <T>(list: T[], test: (x: T) => boolean) => list.filter(test).length / list.length;

describe("analystVerdict", () => {
  it("triages ~90 % of alerts and mostly gets attacks right, with some human error", () => {
    const verdicts = run(malicious, 20_000);
    const decided = verdicts.filter((v) => v !== null);
    expect(decided.length / verdicts.length).toBeGreaterThan(0.88);
    expect(decided.length / verdicts.length).toBeLessThan(0.92);
    expect(share(decided, (v) => v.verdict === "TRUE_POSITIVE")).toBeGreaterThan(0.92);
    expect(share(decided, (v) => v.verdict === "FALSE_POSITIVE")).toBeGreaterThan(0.02);
    expect(share(decided, (v) => v.verdict === "UNDETERMINED")).toBeGreaterThan(0.01);
    expect(share(decided, (v) => v.verdict === "UNDETERMINED")).toBeLessThan(0.03);
  });

  it("gives benign alerts a reason code that fits their cause", () => {
    const admin = run(benign("admin_work"), 5_000).filter((v) => v !== null);
    expect(share(admin, (v) => v.verdict === "BENIGN_POSITIVE" && v.reasonCode === "authorised_activity")).toBeGreaterThan(0.7);
    const glitch = run(benign("sensor_glitch"), 5_000).filter((v) => v !== null);
    expect(share(glitch, (v) => v.verdict === "FALSE_POSITIVE" && v.reasonCode === "bad_data")).toBeGreaterThan(0.85);
    const backup = run(benign("backup_job"), 5_000).filter((v) => v !== null);
    expect(share(backup, (v) => v.reasonCode === "known_benign_tool")).toBeGreaterThan(0.85);
    for (const v of [...admin, ...glitch, ...backup]) if (v.reasonCode) expect(REASON_CODES).toContain(v.reasonCode);
  });

  it("decides after the alert with a median delay near 40 minutes, and never after the end", () => {
    const delays = run(malicious, 5_000)
      .filter((v) => v !== null)
      .map((v) => (v.at.getTime() - noon) / 60_000)
      .sort((a, b) => a - b);
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[delays.length >> 1]).toBeGreaterThan(25);
    expect(delays[delays.length >> 1]).toBeLessThan(50);
    const soon = run(malicious, 5_000, context({ end: noon + 30 * 60_000 })).filter((v) => v !== null);
    expect(soon.every((v) => v.at.getTime() < noon + 30 * 60_000)).toBe(true);
  });

  it("leaves most of the last day's alerts open", () => {
    const last = run(malicious, 5_000, context({ lastDay: true }));
    expect(share(last, (v) => v !== null)).toBeLessThan(0.35);
  });
});

describe("auditVerdict", () => {
  it("labels by truth with ~2 % error, as an AUDIT_SAMPLE", () => {
    const ctx = context();
    const verdicts = Array.from({ length: 10_000 }, (_, i) => auditVerdict(ctx, event(benign("normal"), i))).filter((v) => v !== null);
    expect(verdicts.length).toBe(10_000);
    expect(verdicts.every((v) => v.source === "AUDIT_SAMPLE" && v.at.getTime() > noon)).toBe(true);
    const wrong = share(verdicts, (v) => v.verdict === "TRUE_POSITIVE");
    expect(wrong).toBeGreaterThan(0.01);
    expect(wrong).toBeLessThan(0.03);
  });
});
