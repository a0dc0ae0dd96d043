// The Audit page: the retention promise, chain verification, signed checkpoints, and the trail.
import type { RetentionInfo } from "@/lib/audit/schemas";
import { AuditEventList } from "./audit-event-list";
import { CheckpointsCard } from "./checkpoints-card";
import { RetentionCard } from "./retention-card";
import { VerifyCard } from "./verify-card";

export function AuditTrailView({ retention, actions }: { retention: RetentionInfo; actions: string[] }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <VerifyCard />
        <RetentionCard retention={retention} />
      </div>
      <CheckpointsCard />
      <AuditEventList actions={actions} />
    </div>
  );
}
