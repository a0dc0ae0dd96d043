// Data drift: an OS/agent patch rolls out host by host over the middle day of the scenario.
// Patched hosts resolve more names (a new telemetry service: DNS queries ×1.6), run two extra
// first-seen helper processes per session, and the updated agent reports WSL sessions on
// Windows workstations as "linux". Nothing malicious changes — the inputs do, and monitoring
// should notice before the alert volume does.
import { HOUR_MS } from "@/lib/simulate/calendar";
import type { Host } from "@/lib/simulate/enterprise";
import type { FeatureValues } from "@/lib/simulate/features";
import type { DriftPlan } from "@/lib/simulate/types";
import { Rng } from "@/lib/stats/random";

export const PATCH_DNS_FACTOR = 1.6;
export const PATCH_EXTRA_PROCESSES = 2;
const WSL_REPORTED_AS_LINUX = 0.15;

/** When each host takes the patch: during the patch day's first 20 hours, in a seeded order. */
export function patchTimes(seed: number, hosts: Host[], plan: DriftPlan): Map<string, number> {
  const times = new Map<string, number>();
  for (const host of hosts) times.set(host.name, plan.patchDayStart + Rng.derive(seed, "patch", host.name).uniform() * 20 * HOUR_MS);
  return times;
}

export function applyPatch(rng: Rng, f: FeatureValues, host: Host, time: number, patchedAt: Map<string, number>): void {
  const at = patchedAt.get(host.name);
  if (at === undefined || time < at) return;
  f.dns_queries_1h = (f.dns_queries_1h as number) * PATCH_DNS_FACTOR;
  f.new_process_count = (f.new_process_count as number) + PATCH_EXTRA_PROCESSES;
  if (host.role === "workstation" && f.os === "windows" && rng.bernoulli(WSL_REPORTED_AS_LINUX)) f.os = "linux";
}
