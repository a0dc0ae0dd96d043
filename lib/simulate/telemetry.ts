// One UTC day of telemetry: benign sessions on a diurnal profile plus the sessions of every
// campaign active that day. Each day (and each campaign within it) draws from its own seeded
// stream, so any day can be generated alone and always comes out the same.
import { type ActorTable, benignEvent } from "@/lib/simulate/benign";
import { attackEvent } from "@/lib/simulate/campaigns";
import { DAY_MS, HOUR_MS, dayKey, hourProfile } from "@/lib/simulate/calendar";
import { applyPatch } from "@/lib/simulate/drift";
import type { Enterprise } from "@/lib/simulate/enterprise";
import { roundFeatures } from "@/lib/simulate/features";
import type { Campaign, SimEvent } from "@/lib/simulate/types";
import { Rng } from "@/lib/stats/random";

export type TelemetryContext = {
  seed: number;
  enterprise: Enterprise;
  actors: ActorTable;
  campaigns: Campaign[];
  /** host name → when it took the OS patch (absent or in the future: unpatched) */
  patchedAt: Map<string, number>;
  eventsPerDay: number;
};

/** Attack sessions never exceed this share of a day, whatever the campaigns overlap. */
const MAX_MALICIOUS_SHARE = 0.1;

type Draft = Omit<SimEvent, "id">;

export function generateDay(ctx: TelemetryContext, dayStart: number): SimEvent[] {
  const key = dayKey(dayStart);
  const dayEnd = dayStart + DAY_MS;
  const rng = Rng.derive(ctx.seed, "day", key);

  let malicious: Draft[] = [];
  for (const campaign of ctx.campaigns) {
    const from = Math.max(campaign.start, dayStart);
    const to = Math.min(campaign.end, dayEnd);
    if (to <= from) continue;
    const crng = Rng.derive(ctx.seed, "campaign", campaign.id, key);
    const count = crng.poisson((campaign.ratePerHour * (to - from)) / HOUR_MS);
    for (let i = 0; i < count; i++) {
      const time = Math.floor(crng.between(from, to));
      const { actor, features, raw } = attackEvent(crng, ctx.enterprise, campaign, time);
      malicious.push({
        time,
        host: actor.host,
        user: actor.user,
        features,
        raw,
        truth: { malicious: true, kind: campaign.kind, technique: campaign.technique, campaignId: campaign.id },
      });
    }
  }
  const cap = Math.floor(MAX_MALICIOUS_SHARE * ctx.eventsPerDay);
  if (malicious.length > cap) malicious = rng.shuffle(malicious).slice(0, cap);

  const drafts: Draft[] = malicious;
  const profile = hourProfile(dayStart);
  for (let i = drafts.length; i < ctx.eventsPerDay; i++) {
    const time = dayStart + rng.choice(profile) * HOUR_MS + Math.floor(rng.uniform() * HOUR_MS);
    const { actor, features, cause, raw } = benignEvent(rng, ctx.enterprise, ctx.actors, time);
    drafts.push({ time, host: actor.host, user: actor.user, features, raw, truth: { malicious: false, cause } });
  }

  const patchRng = Rng.derive(ctx.seed, "patch-effects", key);
  for (const draft of drafts) {
    applyPatch(patchRng, draft.features, draft.host, draft.time, ctx.patchedAt);
    roundFeatures(draft.features);
  }

  // Stable sort: equal timestamps keep generation order, so ids are reproducible.
  const ordered = drafts.map((draft, index) => ({ draft, index })).sort((a, b) => a.draft.time - b.draft.time || a.index - b.index);
  return ordered.map(({ draft }, n) => ({ id: `evt-${key}-${String(n).padStart(5, "0")}`, ...draft }));
}
