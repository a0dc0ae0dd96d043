import { describe, expect, it } from "vitest";
import { buildActorTable } from "@/lib/simulate/benign";
import { DAY_MS, HOUR_MS } from "@/lib/simulate/calendar";
import { planCampaigns } from "@/lib/simulate/campaigns";
import { PATCH_EXTRA_PROCESSES, patchTimes } from "@/lib/simulate/drift";
import { BUSINESS_UNITS, buildEnterprise } from "@/lib/simulate/enterprise";
import { FEATURES } from "@/lib/simulate/features";
import { type TelemetryContext, generateDay } from "@/lib/simulate/telemetry";
import { Rng } from "@/lib/stats/random";

const day0 = Date.UTC(2026, 2, 2); // a Monday
const enterprise = buildEnterprise(Rng.derive(9, "enterprise"));
const plan = { patchDayStart: day0 + 2 * DAY_MS, techniqueChange: day0 + 5 * DAY_MS };
const context = (eventsPerDay: number): TelemetryContext => ({
  seed: 9,
  enterprise,
  actors: buildActorTable(enterprise),
  campaigns: planCampaigns(Rng.derive(9, "campaigns"), enterprise, day0, day0 + 40 * DAY_MS, plan.techniqueChange, eventsPerDay),
  patchedAt: patchTimes(9, enterprise.hosts, plan),
  eventsPerDay,
});

describe("enterprise", () => {
  it("has ~300 uniquely named hosts and users on 10.x addresses", () => {
    expect(enterprise.hosts.length).toBeGreaterThan(280);
    expect(enterprise.hosts.length).toBeLessThan(320);
    expect(new Set(enterprise.hosts.map((h) => h.name)).size).toBe(enterprise.hosts.length);
    expect(new Set(enterprise.users.map((u) => u.name)).size).toBe(enterprise.users.length);
    expect(new Set(enterprise.hosts.map((h) => h.ip)).size).toBe(enterprise.hosts.length);
    for (const host of enterprise.hosts) {
      expect(host.name).toMatch(/^(ws-\d{4}|srv-\d{3})$/);
      expect(host.ip).toMatch(/^10\.\d+\.\d+\.\d+$/);
      expect(BUSINESS_UNITS).toContain(host.businessUnit);
    }
    for (const user of enterprise.users) expect(user.name).toMatch(/^([a-z]\.[a-z]+\d*|svc-[a-z]+-\d{2})$/);
    expect(enterprise.admins.length).toBeGreaterThan(5);
  });
});

describe("campaign plan", () => {
  const campaigns = context(2000).campaigns;

  it("runs campaigns for hours to days and switches techniques at the change", () => {
    expect(campaigns.length).toBeGreaterThan(20);
    for (const c of campaigns) {
      expect(c.end - c.start).toBeGreaterThanOrEqual(HOUR_MS);
      expect(c.end - c.start).toBeLessThanOrEqual(48 * HOUR_MS);
      if (c.kind === "exfiltration") expect(c.technique).toBe(c.start >= plan.techniqueChange ? "dns_tunnelling" : "https_bulk_upload");
      if (c.kind === "command_and_control") expect(c.technique).toBe(c.start >= plan.techniqueChange ? "slow_jittered_beacon" : "https_beacon");
    }
  });
});

describe("generateDay", () => {
  const ctx = context(800);
  const events = generateDay(ctx, day0);

  it("emits exactly eventsPerDay events, time-ordered within the day, with unique ids", () => {
    expect(events).toHaveLength(800);
    expect(new Set(events.map((e) => e.id)).size).toBe(800);
    expect(events[0].id).toBe("evt-20260302-00000");
    for (let i = 0; i < events.length; i++) {
      expect(events[i].time).toBeGreaterThanOrEqual(day0);
      expect(events[i].time).toBeLessThan(day0 + DAY_MS);
      if (i > 0) expect(events[i].time).toBeGreaterThanOrEqual(events[i - 1].time);
    }
  });

  it("emits values at their declared precision and categorical levels", () => {
    for (const event of events) {
      for (const feature of FEATURES) {
        const value = event.features[feature.name];
        if (feature.type === "categorical") expect(feature.levels).toContain(value);
        else {
          expect(typeof value).toBe("number");
          expect(Math.round((value as number) * 10 ** feature.decimals)).toBe((value as number) * 10 ** feature.decimals);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("is reproducible day by day", () => {
    expect(generateDay(context(800), day0)).toEqual(events);
    expect(generateDay(ctx, day0 + DAY_MS)).not.toEqual(events);
  });

  it("applies the patch only to hosts after their patch time", () => {
    const patched = generateDay(ctx, plan.patchDayStart + DAY_MS);
    const before = generateDay(ctx, day0 + DAY_MS);
    const meanProcesses = (list: typeof events) => list.reduce((a, e) => a + (e.features.new_process_count as number), 0) / list.length;
    expect(meanProcesses(patched) - meanProcesses(before)).toBeGreaterThan(PATCH_EXTRA_PROCESSES - 0.6);
    const at = patchTimes(9, enterprise.hosts, plan);
    for (const time of at.values()) {
      expect(time).toBeGreaterThanOrEqual(plan.patchDayStart);
      expect(time).toBeLessThan(plan.patchDayStart + DAY_MS);
    }
  });
});
