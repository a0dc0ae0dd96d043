// Labelled rows in the demo's feature space for the trainer's tests: attacks send more bytes,
// fail more logins and beacon more regularly; everything else is noise. Seeded.
import { AUTH_METHODS, FEATURES, OPERATING_SYSTEMS, PROTOCOLS, type FeatureValues } from "@/lib/simulate/features";
import { Rng } from "@/lib/stats/random";
import type { SnapshotRow } from "./fit";

export function syntheticFeatures(rng: Rng, attack: boolean): FeatureValues {
  const values: FeatureValues = {};
  for (const feature of FEATURES) {
    if (feature.type === "categorical") continue;
    values[feature.name] = Math.round(rng.lognormal(3, 1));
  }
  values.bytes_out = Math.round(rng.lognormal(attack ? 12 : 9, 1));
  values.failed_logins_1h = Math.round(rng.lognormal(attack ? 2 : 0, 0.8));
  values.beacon_regularity = Math.round(Math.min(1, Math.max(0, rng.normal(attack ? 0.7 : 0.3, 0.2))) * 1000) / 1000;
  values.dns_entropy = Math.round(rng.normal(3, 0.4) * 1000) / 1000;
  values.off_hours = rng.bernoulli(0.3) ? 1 : 0;
  values.protocol = PROTOCOLS[rng.int(0, PROTOCOLS.length - 1)];
  values.os = OPERATING_SYSTEMS[rng.int(0, OPERATING_SYSTEMS.length - 1)];
  values.auth_method = AUTH_METHODS[rng.int(0, AUTH_METHODS.length - 1)];
  return values;
}

export function syntheticSnapshot(n: number, positiveShare: number, seed = 1): SnapshotRow[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const attack = rng.bernoulli(positiveShare);
    return { model: "intrusion-detector", version: "1.0.0", eventId: `evt-${String(i).padStart(5, "0")}`, features: syntheticFeatures(rng, attack), class: attack ? 1 : 0 };
  });
}
