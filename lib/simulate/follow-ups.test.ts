import { describe, expect, it } from "vitest";
import { buildEnterprise } from "@/lib/simulate/enterprise";
import { withFollowUps } from "@/lib/simulate/follow-ups";
import type { BenignCause, SimEvent } from "@/lib/simulate/types";
import { type PlannedVerdict, type VerdictContext, analystVerdict } from "@/lib/simulate/verdicts";
import { Rng } from "@/lib/stats/random";

const enterprise = buildEnterprise(Rng.derive(1, "enterprise"));
const noon = Date.UTC(2026, 2, 3, 12);
const DAY = 86_400_000;
const event = (truth: SimEvent["truth"], i: number): SimEvent => ({ id: `evt-${i}`, time: noon, host: enterprise.hosts[0], user: enterprise.users[0], features: {}, raw: {}, truth });
const malicious: SimEvent["truth"] = { malicious: true, kind: "exfiltration", technique: "https_bulk_upload", campaignId: "cmp-001" };
const benign = (cause: BenignCause): SimEvent["truth"] => ({ malicious: false, cause });
const context: VerdictContext = { rng: new Rng(4), analysts: ["a@x", "b@x"], model: "m", version: "1.0.0", threshold: 0.1, end: noon + 30 * DAY, lastDay: false };

function plan(truth: SimEvent["truth"], n: number, end = noon + 30 * DAY): PlannedVerdict[] {
  const rng = new Rng(9);
  const out: PlannedVerdict[] = [];
  for (let i = 0; i < n; i++) {
    const first = analystVerdict(context, event(truth, i), 0.5);
    if (first) out.push(withFollowUps(rng, event(truth, i), first, end));
  }
  return out;
}
const agreement = (planned: PlannedVerdict[]) => {
  const pairs = planned.filter((p) => p.secondOpinion);
  return pairs.filter((p) => p.secondOpinion!.verdict === p.verdict).length / pairs.length;
};

describe("withFollowUps", () => {
  it("plans a second opinion that mostly agrees on clear cases", () => {
    expect(agreement(plan(malicious, 4_000))).toBeGreaterThan(0.85);
    expect(agreement(plan(benign("backup_job"), 4_000))).toBeGreaterThan(0.85);
  });

  it("concentrates disagreement on authorised activity (benign or false positive?)", () => {
    const admin = agreement(plan(benign("admin_work"), 4_000));
    expect(admin).toBeLessThan(0.75);
    expect(admin).toBeGreaterThan(0.4);
  });

  it("corrects some mistaken verdicts later, to the truth, and leaves right ones mostly alone", () => {
    const planned = plan(malicious, 20_000);
    const wrong = planned.filter((p) => p.verdict !== "TRUE_POSITIVE");
    const corrected = wrong.filter((p) => p.correction);
    expect(corrected.length / wrong.length).toBeGreaterThan(0.25);
    expect(corrected.length / wrong.length).toBeLessThan(0.45);
    for (const p of corrected) expect(p.correction!.verdict).toBe("TRUE_POSITIVE");
    expect(planned.filter((p) => p.verdict === "TRUE_POSITIVE" && p.correction)).toEqual([]);
  });

  it("plans nothing that would happen after the scenario's end, and gives false positives a reason", () => {
    const soon = plan(benign("admin_work"), 2_000, noon + 2 * 3_600_000);
    expect(soon.every((p) => !p.secondOpinion || p.at.getTime() + p.secondOpinion.afterMs < noon + 2 * 3_600_000)).toBe(true);
    expect(soon.some((p) => p.secondOpinion)).toBe(false);
    for (const p of plan(benign("travel"), 2_000)) {
      if (p.correction?.verdict === "FALSE_POSITIVE") expect(p.correction.reasonCode).toBeTruthy();
    }
  });

  it("is deterministic for a seed", () => {
    const a = withFollowUps(new Rng(3), event(malicious, 1), { eventId: "e", model: "m", version: "1", verdict: "TRUE_POSITIVE", source: "ANALYST", analyst: "a@x", at: new Date(noon) }, noon + DAY * 10);
    const b = withFollowUps(new Rng(3), event(malicious, 1), { eventId: "e", model: "m", version: "1", verdict: "TRUE_POSITIVE", source: "ANALYST", analyst: "a@x", at: new Date(noon) }, noon + DAY * 10);
    expect(a).toEqual(b);
  });
});
