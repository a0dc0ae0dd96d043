// What the analysts would conclude, and when. Analysts see the truth imperfectly (≈4 % of alerts
// get the wrong class, ≈2 % stay undetermined), work high scores first, and the queue of the last
// day is mostly still open. Below threshold a small random audit sample is labelled too, with
// a known inclusion probability, so recall can be estimated without selection bias.
import { isOffHours } from "@/lib/simulate/calendar";
import type { BenignCause, SimEvent } from "@/lib/simulate/types";
import type { Rng } from "@/lib/stats/random";

export type Verdict = "TRUE_POSITIVE" | "FALSE_POSITIVE" | "BENIGN_POSITIVE" | "UNDETERMINED";
export type PlannedVerdict = {
  eventId: string;
  model: string;
  version: string;
  verdict: Verdict;
  reasonCode?: string;
  note?: string;
  source: "ANALYST" | "AUDIT_SAMPLE";
  analyst: string;
  at: Date;
  /** a second analyst's blind verdict, if the label is picked for one (lib/simulate/follow-ups.ts) */
  secondOpinion?: { verdict: Verdict; reasonCode?: string; afterMs: number };
  /** a later verdict that replaces this one */
  correction?: { verdict: Verdict; reasonCode?: string; afterMs: number };
};

export const REASON_CODES = ["detection_logic", "bad_data", "authorised_activity", "known_benign_tool", "duplicate"] as const;

export const VERDICT_RATES = { triaged: 0.9, triagedLastDay: 0.25, humanError: 0.04, undetermined: 0.02, auditError: 0.02 };

export type VerdictContext = {
  rng: Rng;
  analysts: readonly string[];
  model: string;
  version: string;
  threshold: number;
  /** nothing is decided at or after this instant (the scenario's "now") */
  end: number;
  lastDay: boolean;
};

export const CAUSE_REASON: Record<BenignCause, (typeof REASON_CODES)[number]> = {
  normal: "detection_logic",
  forgot_password: "detection_logic",
  admin_work: "authorised_activity",
  travel: "authorised_activity",
  backup_job: "known_benign_tool",
  vulnerability_scan: "known_benign_tool",
  monitoring_agent: "known_benign_tool",
  software_update: "known_benign_tool",
  sensor_glitch: "bad_data",
};

const NOTES: Record<string, string[]> = {
  TRUE_POSITIVE: ["Confirmed malicious, escalated to incident response.", "Matches an ongoing campaign; host isolated.", "Confirmed; credentials reset and ticket opened."],
  detection_logic: ["Normal user activity, just unusual volume.", "Benign: rule too sensitive for this pattern."],
  bad_data: ["Sensor reported an impossible value; ticket to the telemetry team.", "Counter overflow in the agent."],
  authorised_activity: ["Change ticket covers this admin work.", "User confirmed travel with their manager."],
  known_benign_tool: ["Backup/scanner/monitoring job — known tool.", "Scheduled infrastructure job."],
  duplicate: ["Duplicate of an alert already worked for this host."],
  UNDETERMINED: ["Not enough logs retained to decide."],
};

/** The verdict with a note from the analyst about 60 % of the time (no `note: undefined` keys). */
function withNote(rng: Rng, verdict: PlannedVerdict, key: string): PlannedVerdict {
  const options = NOTES[key];
  return options && rng.bernoulli(0.6) ? { ...verdict, note: rng.pick(options) } : verdict;
}

function decidedAt(ctx: VerdictContext, event: SimEvent, score: number): number {
  // Higher scores are picked up first; the night shift is thinner.
  const urgency = Math.min(1, Math.max(0, (score - ctx.threshold) / (1 - ctx.threshold)));
  const medianMinutes = 20 * Math.exp(0.7 * (1 - urgency)) * (isOffHours(event.time) ? 1.3 : 1);
  const minutes = ctx.rng.lognormal(Math.log(medianMinutes), 0.8);
  return event.time + Math.round(minutes * 60) * 1000;
}

/** The analyst's verdict on an alert, or null when nobody has decided it (yet). */
export function analystVerdict(ctx: VerdictContext, event: SimEvent, score: number): PlannedVerdict | null {
  const { rng } = ctx;
  if (!rng.bernoulli(ctx.lastDay ? VERDICT_RATES.triagedLastDay : VERDICT_RATES.triaged)) return null;
  const at = decidedAt(ctx, event, score);
  if (at >= ctx.end) return null;
  const base = { eventId: event.id, model: ctx.model, version: ctx.version, source: "ANALYST" as const, analyst: rng.pick(ctx.analysts), at: new Date(at) };

  if (rng.bernoulli(VERDICT_RATES.undetermined)) return withNote(rng, { ...base, verdict: "UNDETERMINED" }, "UNDETERMINED");
  const mistaken = rng.bernoulli(VERDICT_RATES.humanError);
  const truth = event.truth;
  if (truth.malicious !== mistaken) return withNote(rng, { ...base, verdict: "TRUE_POSITIVE" }, "TRUE_POSITIVE");
  if (truth.malicious) return withNote(rng, { ...base, verdict: "FALSE_POSITIVE", reasonCode: "detection_logic" }, "detection_logic");

  const reason = rng.bernoulli(0.04) ? "duplicate" : CAUSE_REASON[truth.cause];
  const benignPositive = (truth.cause === "admin_work" && rng.bernoulli(0.85)) || (truth.cause === "travel" && rng.bernoulli(0.5));
  const verdict = benignPositive && reason !== "duplicate" ? "BENIGN_POSITIVE" : "FALSE_POSITIVE";
  return withNote(rng, { ...base, verdict, reasonCode: reason }, reason);
}

/** Label of an audit-sampled prediction below threshold: reviewed in a batch within 12–60 h. */
export function auditVerdict(ctx: VerdictContext, event: SimEvent): PlannedVerdict | null {
  const { rng } = ctx;
  const at = event.time + Math.round(rng.between(12, 60) * 3600) * 1000;
  const analyst = rng.pick(ctx.analysts);
  const malicious = event.truth.malicious !== rng.bernoulli(VERDICT_RATES.auditError);
  if (at >= ctx.end) return null;
  const verdict: PlannedVerdict = { eventId: event.id, model: ctx.model, version: ctx.version, verdict: malicious ? "TRUE_POSITIVE" : "FALSE_POSITIVE", source: "AUDIT_SAMPLE", analyst, at: new Date(at) };
  return malicious ? { ...verdict, note: "Audit sample: malicious activity the detector scored below threshold." } : verdict;
}

export const AUDIT_RATE = 0.015;
