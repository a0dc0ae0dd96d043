// The drift rules' thresholds from a version's monitoring settings. Client-safe.
import type { DriftConfig } from "@/lib/stats/drift-decision";
import type { MonitoringSettings } from "./schemas";

export function driftConfig(settings: MonitoringSettings): DriftConfig {
  return { psi: settings.psi, ksMinEffect: settings.ksMinEffect, alpha: settings.alpha, correction: settings.correction };
}
