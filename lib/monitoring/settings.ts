import "server-only";
// Per-version monitoring settings (drift thresholds, default reference, performance-drop flag).
// A version without a row uses the defaults; a change is audited.
import { recordAudit, type Actor } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { DEFAULT_MONITORING_SETTINGS, MonitoringSettings, type MonitoringSettingsPatch } from "./schemas";
import type { MonitoredVersion } from "./versions";

export type StoredSettings = { settings: MonitoringSettings; dataEvaluatedKey: string | null; conceptEvaluatedKey: string | null };

export async function loadSettings(versionId: number): Promise<StoredSettings> {
  const row = await prisma().monitoringSetting.findUnique({ where: { modelVersionId: versionId } });
  // Stored settings are re-validated: defaults fill keys added since they were saved.
  const parsed = row ? MonitoringSettings.safeParse(row.settings) : null;
  return {
    settings: parsed?.success ? parsed.data : DEFAULT_MONITORING_SETTINGS,
    dataEvaluatedKey: row?.dataEvaluatedKey ?? null,
    conceptEvaluatedKey: row?.conceptEvaluatedKey ?? null,
  };
}

export async function updateSettings(version: MonitoredVersion, patch: MonitoringSettingsPatch, actor: Actor): Promise<MonitoringSettings> {
  return prisma().$transaction(async (tx) => {
    const row = await tx.monitoringSetting.findUnique({ where: { modelVersionId: version.id } });
    const previous = row ? MonitoringSettings.safeParse(row.settings) : null;
    const before = previous?.success ? previous.data : DEFAULT_MONITORING_SETTINGS;
    const after = MonitoringSettings.parse({ ...before, ...patch });
    // New thresholds change what counts as drift: clearing the keys makes the next read re-evaluate events.
    await tx.monitoringSetting.upsert({
      where: { modelVersionId: version.id },
      create: { modelVersionId: version.id, settings: after, updatedBy: actor.label, updatedAt: new Date() },
      update: { settings: after, updatedBy: actor.label, updatedAt: new Date(), dataEvaluatedKey: null, conceptEvaluatedKey: null },
    });
    await recordAudit({ actor, action: "monitoring.settings.update", target: `model:${version.model}@${version.version}`, details: { before, after } }, tx);
    return after;
  });
}
