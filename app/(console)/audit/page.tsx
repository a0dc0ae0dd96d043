import { Suspense } from "react";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { AuditTrailView } from "@/components/audit/audit-trail-view";
import { auditActions } from "@/lib/audit/events";
import { retentionInfo } from "@/lib/audit/retention";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listMonitoredVersions } from "@/lib/monitoring/versions";

export const metadata = { title: "Audit" };

export default async function AuditPage() {
  const user = await requirePageUser("audit:read");
  const canReadMetrics = roleHas(user.role, "metrics:read");
  const [retention, actions, versions] = await Promise.all([retentionInfo(), auditActions(), canReadMetrics ? listMonitoredVersions() : null]);
  const fairness = versions?.filter((v) => v.stage === "PRODUCTION").map((v) => ({ model: v.model, version: v.version })) ?? null;
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Audit</h1>
      <AuditTabs current="trail" showPredictions={roleHas(user.role, "predictions:history")} />
      <Suspense>
        <AuditTrailView retention={retention} actions={actions} fairness={fairness} />
      </Suspense>
    </div>
  );
}
