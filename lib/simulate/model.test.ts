import { describe, expect, it } from "vitest";
import { predictedAttackType } from "@/lib/simulate/attack-type";
import { buildActorTable } from "@/lib/simulate/benign";
import { DAY_MS } from "@/lib/simulate/calendar";
import { planCampaigns } from "@/lib/simulate/campaigns";
import { buildEnterprise } from "@/lib/simulate/enterprise";
import { FEATURES, type FeatureValues } from "@/lib/simulate/features";
import { maxLogit, namedWeights, scoreEvent, trainModel } from "@/lib/simulate/model";
import { generateDay } from "@/lib/simulate/telemetry";
import { logit } from "@/lib/stats/logistic";
import { Rng } from "@/lib/stats/random";

const start = Date.UTC(2026, 0, 5);
const enterprise = buildEnterprise(Rng.derive(5, "enterprise"));
const ctx = {
  seed: 5,
  enterprise,
  actors: buildActorTable(enterprise),
  campaigns: planCampaigns(Rng.derive(5, "campaigns"), enterprise, start, start + 4 * DAY_MS, start + 4 * DAY_MS, 1000),
  patchedAt: new Map<string, number>(),
  eventsPerDay: 1000,
};
const events = [0, 1, 2, 3].flatMap((d) => generateDay(ctx, start + d * DAY_MS));
const rows = events.map((e) => e.features);
const labels = events.map((e) => (e.truth.malicious ? 1 : 0));
const model = trainModel(rows, labels, 1);

describe("linear detector with exact SHAP", () => {
  it("converges and learns that attacks score higher", () => {
    expect(model.fit.converged).toBe(true);
    const scores = events.map((e) => scoreEvent(model, e.features).score);
    const meanOf = (label: number) => scores.filter((_, i) => labels[i] === label).reduce((a, b) => a + b, 0) / labels.filter((l) => l === label).length;
    expect(meanOf(1)).toBeGreaterThan(5 * meanOf(0));
  });

  it("satisfies baseValue + Σφ = logit(score), also for odd inputs", () => {
    const odd: FeatureValues[] = [
      { ...rows[0], protocol: "sctp", os: "plan9" }, // unknown levels
      { ...rows[1], bytes_out: 1e15, failed_logins_1h: 1e6 }, // far outside training: clipped
      Object.fromEntries(FEATURES.map((f) => [f.name, f.type === "numeric" ? 0 : "tcp"])),
    ];
    for (const row of [...rows.slice(0, 500), ...odd]) {
      const scored = scoreEvent(model, row);
      const total = model.baseValue + Object.values(scored.values).reduce((a, b) => a + b, 0);
      expect(Math.abs(total - scored.logit)).toBeLessThan(1e-12);
      expect(Math.abs(total - logit(scored.score))).toBeLessThan(1e-9);
      expect(scored.logit).toBeLessThanOrEqual(maxLogit(model));
      expect(Object.keys(scored.values)).toEqual(FEATURES.map((f) => f.name));
    }
  });

  it("gives SHAP values that average to zero over the training data (E taken over it)", () => {
    const sums: Record<string, number> = {};
    for (const row of rows) for (const [name, value] of Object.entries(scoreEvent(model, row).values)) sums[name] = (sums[name] ?? 0) + value;
    for (const name of Object.keys(sums)) expect(Math.abs(sums[name] / rows.length)).toBeLessThan(1e-9);
  });

  it("names one weight per design column", () => {
    const weights = namedWeights(model);
    expect(Object.keys(weights)).toHaveLength(14 + 3 + 3 + 4);
    expect(weights).toHaveProperty(["protocol=udp"]);
    expect(weights).toHaveProperty(["bytes_out"]);
  });
});

describe("predictedAttackType", () => {
  it("maps the strongest positive contribution to a campaign kind, ignoring off_hours", () => {
    expect(predictedAttackType({ off_hours: 5, failed_logins_1h: 2, bytes_out: 1 })).toBe("credential_access");
    expect(predictedAttackType({ dns_entropy: 3, bytes_out: 1 })).toBe("command_and_control");
    expect(predictedAttackType({ distinct_dest_ports: 0.5, bytes_out: -4 })).toBe("lateral_movement");
    expect(predictedAttackType({ bytes_out: 2.5, beacon_regularity: 2.4 })).toBe("exfiltration");
    expect(predictedAttackType({ bytes_out: -1, off_hours: 3 })).toBeUndefined();
  });
});
