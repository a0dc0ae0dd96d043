// The Audit page: the retention promise, chain verification, signed checkpoints, fairness of the
// production models (for those who may read metrics), and the trail.
import type { RetentionInfo } from "@/lib/audit/schemas";
import { AuditEventList } from "./audit-event-list";
import { CheckpointsCard } from "./checkpoints-card";
import { FairnessSection, type FairnessVersion } from "./fairness-section";
import { RetentionCard } from "./retention-card";
import { VerifyCard } from "./verify-card";

export function AuditTrailView({ retention, actions, fairness }: { retention: RetentionInfo; actions: string[]; fairness: FairnessVersion[] | null }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <VerifyCard />
        <RetentionCard retention={retention} />
      </div>
      <CheckpointsCard />
      {fairness ? <FairnessSection versions={fairness} /> : null}
      <AuditEventList actions={actions} />
    </div>
  );
}
