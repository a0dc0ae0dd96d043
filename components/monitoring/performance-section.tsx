import "server-only";
// Performance needs the verdicts of the range: loaded in its own Suspense boundary so the
// drift table (roll-ups only) shows first.
import type { Range } from "@/lib/monitoring/drift-report";
import { performanceReport } from "@/lib/monitoring/performance-report";
import type { MonitoredVersion } from "@/lib/monitoring/versions";
import { PerformancePanel } from "./performance-panel";

export async function PerformanceSection({ version, range, kind, drop }: { version: MonitoredVersion; range: Range; kind: "day" | "week"; drop: number }) {
  const report = await performanceReport(version, range, kind, drop);
  return <PerformancePanel report={report} kind={kind} />;
}
