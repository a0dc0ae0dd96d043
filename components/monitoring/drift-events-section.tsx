import "server-only";
// Reading the page brings the version's drift events up to date (data and concept drift), then
// lists them. Its own Suspense boundary: a first evaluation after new data reads the verdicts.
import { listDriftEvents } from "@/lib/monitoring/drift-event-queries";
import { evaluateDriftEvents } from "@/lib/monitoring/drift-events";
import type { StoredSettings } from "@/lib/monitoring/settings";
import type { MonitoredVersion } from "@/lib/monitoring/versions";
import { DRIFT_HINT } from "./explanations";
import { DriftEventsList } from "./drift-events-list";
import { MonitoringCard } from "./monitoring-card";

export async function DriftEventsSection({ version, stored, canAcknowledge, reader }: { version: MonitoredVersion; stored: StoredSettings; canAcknowledge: boolean; reader: string }) {
  await evaluateDriftEvents(version, stored, { concept: true, actor: { label: reader } });
  const events = await listDriftEvents(version.id);
  const open = events.filter((e) => e.status === "OPEN").length;
  return (
    <MonitoringCard
      title="Drift events"
      caption={`${open} open · data drift from trailing 7-day windows, performance drops from complete weeks; each with its likely kind and a retraining strategy.`}
      hint={DRIFT_HINT}
      testId="drift-events-card"
    >
      <DriftEventsList events={events} canAcknowledge={canAcknowledge} model={version.model} version={version.version} />
    </MonitoringCard>
  );
}
