import "server-only";
// The drift endpoints: GET …/drift (the contract's response), the version's drift events, its
// monitoring settings, and a lead acknowledging an event. Reading drift also brings the
// version's data-drift events up to date (concept drift needs verdicts and is evaluated by the
// monitoring page, keeping this endpoint inside its budget).
import type { Actor } from "@/lib/audit/record";
import { listDriftEvents, setDriftEventStatus } from "./drift-event-queries";
import { evaluateDriftEvents } from "./drift-events";
import { driftReport } from "./drift-report";
import type { DriftEventOut, DriftQuery, DriftResponse, MonitoringSettings, MonitoringSettingsPatch } from "./schemas";
import { loadSettings, updateSettings } from "./settings";
import { findMonitoredVersion } from "./versions";

type Names = { model: string; version: string };

export async function driftRequest(names: Names, query: DriftQuery, actor?: Actor): Promise<DriftResponse> {
  const version = await findMonitoredVersion(names.model, names.version);
  const stored = await loadSettings(version.id);
  const [{ report }] = await Promise.all([driftReport(version, stored.settings, query), evaluateDriftEvents(version, stored, { concept: false, actor })]);
  return report;
}

export async function driftEventsRequest(names: Names): Promise<{ events: DriftEventOut[] }> {
  const version = await findMonitoredVersion(names.model, names.version);
  return { events: await listDriftEvents(version.id, 200) };
}

export async function driftEventActionRequest(names: Names, id: number, action: "acknowledge" | "reopen", actor: Actor): Promise<DriftEventOut> {
  const version = await findMonitoredVersion(names.model, names.version);
  return setDriftEventStatus(version.id, id, action, actor);
}

export async function settingsRequest(names: Names): Promise<MonitoringSettings> {
  const version = await findMonitoredVersion(names.model, names.version);
  return (await loadSettings(version.id)).settings;
}

export async function updateSettingsRequest(names: Names, patch: MonitoringSettingsPatch, actor: Actor): Promise<MonitoringSettings> {
  const version = await findMonitoredVersion(names.model, names.version);
  return updateSettings(version, patch, actor);
}
