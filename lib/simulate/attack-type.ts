// The detector's *guess* at what kind of attack an alert is, from the feature that pushed the
// score up most. It is a triage hint, not ground truth — DNS tunnelling, for instance, reads as
// command-and-control because its strongest signal (high-entropy DNS) is a C2 signal.
import type { CampaignKind } from "@/lib/simulate/types";

const FEATURE_KIND: Record<string, CampaignKind> = {
  failed_logins_1h: "credential_access",
  login_count_1h: "credential_access",
  geo_distance_km: "credential_access",
  auth_method: "credential_access",
  bytes_out: "exfiltration",
  bytes_in: "exfiltration",
  session_duration_s: "exfiltration",
  beacon_regularity: "command_and_control",
  conn_count_1h: "command_and_control",
  dns_queries_1h: "command_and_control",
  dns_entropy: "command_and_control",
  protocol: "command_and_control",
  distinct_dest_ports: "lateral_movement",
  privilege_escalations: "lateral_movement",
  new_process_count: "lateral_movement",
  os: "lateral_movement",
};

/** Kind of the largest positive contribution; off_hours alone says nothing about the kind. */
export function predictedAttackType(values: Record<string, number>): CampaignKind | undefined {
  let best: string | undefined;
  for (const [feature, value] of Object.entries(values)) {
    if (!(feature in FEATURE_KIND) || value <= 0) continue;
    if (best === undefined || value > values[best]) best = feature;
  }
  return best === undefined ? undefined : FEATURE_KIND[best];
}
