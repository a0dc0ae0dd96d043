// A purple-team exercise: the red team replays techniques the SOC has not yet seen in the wild
// (DNS tunnelling, slow jittered beacons) on a handful of workstations, and the sessions are
// labelled malicious. Only the challenger is trained with them.
import type { ActorTable } from "@/lib/simulate/benign";
import { attackEvent } from "@/lib/simulate/campaigns";
import type { Enterprise } from "@/lib/simulate/enterprise";
import { roundFeatures } from "@/lib/simulate/features";
import type { Campaign, SimEvent, Technique } from "@/lib/simulate/types";
import type { Rng } from "@/lib/stats/random";

const SESSIONS_PER_TECHNIQUE = 40;

export function exerciseEvents(rng: Rng, enterprise: Enterprise, actors: ActorTable, from: number, to: number): SimEvent[] {
  const targets = actors.workstation.actors.slice(0, 6).map((actor) => ({ ...actor }));
  const plays: [Technique, Campaign["kind"]][] = [
    ["dns_tunnelling", "exfiltration"],
    ["slow_jittered_beacon", "command_and_control"],
  ];
  const events: SimEvent[] = [];
  for (const [technique, kind] of plays) {
    const campaign: Campaign = { id: `exercise-${technique}`, kind, technique, start: from, end: to, ratePerHour: 0, footholds: targets };
    for (let i = 0; i < SESSIONS_PER_TECHNIQUE; i++) {
      const time = Math.floor(rng.between(from, to));
      const { actor, features, raw } = attackEvent(rng, enterprise, campaign, time);
      roundFeatures(features);
      events.push({
        id: `exercise-${events.length + 1}`,
        time,
        host: actor.host,
        user: actor.user,
        features,
        raw,
        truth: { malicious: true, kind, technique, campaignId: campaign.id },
      });
    }
  }
  return events;
}
