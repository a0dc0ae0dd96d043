import "server-only";
// Everything the monitoring page shows above the performance section, for one request: the
// versions to pick from, the drift report of the chosen one, the distributions of one window,
// and its settings. Performance and events load in their own sections (they read verdicts).
import { roleHas, type Role } from "@/lib/auth/permissions";
import { sumWindow } from "./daily-counts";
import { type Distribution, featureDistributions, scoreDistribution } from "./distributions";
import { driftReport, type Range } from "./drift-report";
import { firstValues, MonitoringPageQuery, pageDriftQuery } from "./page-query";
import type { DriftResponse, MonitoringSettings } from "./schemas";
import { loadSettings, type StoredSettings } from "./settings";
import { formatDay } from "./time-windows";
import { findMonitoredVersion, listMonitoredVersions, type MonitoredVersion, type VersionOption } from "./versions";

export type DistributionsView = {
  /** the window shown, and every window of the range to choose from */
  window: { from: string; to: string; partial: boolean } | null;
  features: Distribution[];
  score: Distribution | null;
};

export type MonitoringPageData = {
  versions: VersionOption[];
  version: MonitoredVersion | null;
  query: MonitoringPageQuery;
  error: string | null;
  report: DriftResponse | null;
  range: Range | null;
  distributions: DistributionsView | null;
  stored: StoredSettings | null;
  settings: MonitoringSettings | null;
  can: { editSettings: boolean; acknowledge: boolean };
};

function pickVersion(versions: VersionOption[], query: MonitoringPageQuery): VersionOption | null {
  const named = versions.find((v) => v.model === query.model && v.version === query.version);
  if (named) return named;
  const sameModel = versions.filter((v) => v.model === query.model);
  return sameModel[0] ?? versions[0] ?? null;
}

export async function loadMonitoringPage(search: Record<string, string | string[] | undefined>, role: Role): Promise<MonitoringPageData> {
  const parsedPage = MonitoringPageQuery.safeParse(firstValues(search));
  const query = parsedPage.success ? parsedPage.data : MonitoringPageQuery.parse({});
  const can = { editSettings: roleHas(role, "models:threshold"), acknowledge: roleHas(role, "models:retrain") };
  const versions = await listMonitoredVersions();
  const empty = { versions, version: null, query, error: parsedPage.success ? null : "Some settings in the address were not understood and were reset", report: null, range: null, distributions: null, stored: null, settings: null, can };
  const option = pickVersion(versions, query);
  if (!option) return empty;
  const version = await findMonitoredVersion(option.model, option.version);
  const stored = await loadSettings(version.id);
  const { query: driftQuery, error } = pageDriftQuery(query);
  if (!driftQuery) return { ...empty, version, stored, settings: stored.settings, error };
  const result = await driftReport(version, stored.settings, driftQuery);
  const windows = result.report.windows;
  const chosen =
    windows.find((w) => query.at && w.from.startsWith(query.at)) ??
    [...windows].reverse().find((w) => !w.partial && w.n > 0) ??
    [...windows].reverse().find((w) => w.n > 0) ??
    null;
  let distributions: DistributionsView | null = null;
  if (chosen) {
    const counts = sumWindow(result.daily, Date.parse(chosen.from), Date.parse(chosen.to));
    distributions = {
      window: { from: chosen.from, to: chosen.to, partial: chosen.partial },
      features: featureDistributions(result.layout, result.reference, counts),
      score: scoreDistribution(result.reference, counts),
    };
  }
  return {
    versions,
    version,
    query: { ...query, from: query.from ?? formatDay(result.range.from), to: query.to ?? formatDay(result.range.to) },
    error,
    report: result.report,
    range: result.range,
    distributions,
    stored,
    settings: stored.settings,
    can,
  };
}
