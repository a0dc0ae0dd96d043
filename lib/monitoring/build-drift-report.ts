// The drift response from roll-up counts: every window of the range against one reference.
// Pure, so the contract's numbers are unit-tested without a database.
import type { DailyCounts, FeatureLayout } from "./daily-counts";
import { sumWindow } from "./daily-counts";
import { computeFeatureDrift, computeScoreShift, KS_METHOD } from "./drift-compute";
import type { Importance } from "./importance";
import type { Reference } from "./reference";
import type { DriftResponse, MonitoringSettings, ReferenceOut } from "./schemas";
import { driftConfig } from "./drift-config";
import { windowsOf, type WindowKind } from "./time-windows";

export type DriftReportInput = {
  model: string;
  version: string;
  window: WindowKind;
  from: number;
  to: number;
  daily: DailyCounts;
  layout: readonly FeatureLayout[];
  reference: Reference;
  referenceOut: ReferenceOut;
  settings: MonitoringSettings;
  importance: Importance;
};

export function buildDriftReport(input: DriftReportInput): DriftResponse {
  const config = driftConfig(input.settings);
  const windows = windowsOf(input.window, input.from, input.to).map((window) => {
    const counts = sumWindow(input.daily, window.from, window.to);
    const features = computeFeatureDrift(input.layout, input.reference, counts, config);
    return {
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
      partial: window.partial,
      n: counts.n,
      features,
      score: computeScoreShift(input.reference, counts, config),
      drifted: features.filter((f) => f.drift).map((f) => f.feature),
    };
  });
  return {
    model: input.model,
    version: input.version,
    window: input.window,
    from: new Date(input.from).toISOString(),
    to: new Date(input.to).toISOString(),
    reference: input.referenceOut,
    thresholds: config,
    ksMethod: KS_METHOD,
    importanceMethod: input.importance.method,
    features: input.layout.map((f) => ({
      name: f.name,
      type: f.type,
      importance: input.importance.values.get(f.name) ?? null,
      measurable: f.type === "categorical" ? input.reference.categorical.has(f.name) : input.reference.numeric.has(f.name),
    })),
    windows,
  };
}
