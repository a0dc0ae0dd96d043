// The detector's input features. The description is what the analyst sees next to a SHAP bar,
// so it says what the number measures, in SOC terms.
import type { FeatureSpec } from "@/lib/registry/schemas";

export type NumericFeature = {
  name: string;
  type: "numeric";
  description: string;
  /** log1p for heavy-tailed counts/volumes: one huge transfer should not swamp the scale */
  transform: "log1p" | "identity";
  /** decimals kept in the emitted event (the model scores exactly what is emitted) */
  decimals: number;
};
export type CategoricalFeature = { name: string; type: "categorical"; description: string; levels: readonly string[] };
export type SimFeature = NumericFeature | CategoricalFeature;

const count = (name: string, description: string): NumericFeature => ({ name, type: "numeric", description, transform: "log1p", decimals: 0 });
const real = (name: string, description: string, decimals: number): NumericFeature => ({ name, type: "numeric", description, transform: "identity", decimals });

export const PROTOCOLS = ["tcp", "udp", "icmp"] as const;
export const OPERATING_SYSTEMS = ["windows", "linux", "macos"] as const;
export const AUTH_METHODS = ["password", "mfa", "kerberos", "ssh_key"] as const;

export const FEATURES: readonly SimFeature[] = [
  count("bytes_out", "Bytes sent from the host to other destinations in the session"),
  count("bytes_in", "Bytes received by the host in the session"),
  count("failed_logins_1h", "Failed authentication attempts for the account in the last hour"),
  count("login_count_1h", "Successful logins by the account in the last hour"),
  count("distinct_dest_ports", "Distinct destination ports the host contacted in the session"),
  count("conn_count_1h", "Network connections opened by the host in the last hour"),
  count("dns_queries_1h", "DNS queries issued by the host in the last hour"),
  real("dns_entropy", "Mean Shannon entropy (bits per character) of queried domain names; high for generated or encoded names", 3),
  count("new_process_count", "Processes never seen before on this host started in the session"),
  real("off_hours", "1 when the activity happened outside 07:00–19:00 UTC or at a weekend, else 0", 0),
  count("geo_distance_km", "Distance between the login's geolocation and the account's usual location (km)"),
  count("privilege_escalations", "Privilege elevation events (sudo, runas, token manipulation) in the session"),
  real("beacon_regularity", "How periodic the host's outbound connections are: 0 = irregular, 1 = perfectly regular intervals", 3),
  count("session_duration_s", "Length of the session in seconds"),
  { name: "protocol", type: "categorical", description: "Transport protocol of the session's main flow", levels: PROTOCOLS },
  { name: "os", type: "categorical", description: "Operating system reported by the host's endpoint agent", levels: OPERATING_SYSTEMS },
  { name: "auth_method", type: "categorical", description: "How the account authenticated for the session", levels: AUTH_METHODS },
];

export const FEATURE_SPECS: FeatureSpec[] = FEATURES.map(({ name, type, description }) => ({ name, type, description }));

export type FeatureValues = Record<string, number | string>;

/** Rounds numeric values to their emitted precision, so the model sees what the log holds. */
export function roundFeatures(values: FeatureValues): FeatureValues {
  for (const feature of FEATURES) {
    if (feature.type !== "numeric") continue;
    const value = values[feature.name] as number;
    const factor = 10 ** feature.decimals;
    values[feature.name] = Math.max(0, Math.round(value * factor) / factor);
  }
  return values;
}
