// States the retention promise plainly: how long records are kept and that Vigil cannot
// delete them (the database refuses it), so an auditor need not take it on trust.
import type { RetentionInfo } from "@/lib/audit/schemas";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

export function RetentionCard({ retention }: { retention: RetentionInfo }) {
  return (
    <Card data-testid="retention">
      <CardHeader><CardTitle>Retention</CardTitle></CardHeader>
      <CardContent className="space-y-2 text-sm">
        <p>
          Predictions, verdicts, audit events and checkpoints are kept for at least{" "}
          <strong data-testid="retention-years">{retention.years} years</strong> (<code className="text-xs">VIGIL_RETENTION_YEARS</code>).
        </p>
        <p className="text-muted">
          Nothing in them can be changed or deleted through Vigil: the application has no such action, and the database itself
          refuses updates and deletes on these tables (append-only triggers). Removing records after the retention period is a
          task for the database administrator, outside Vigil.
        </p>
        <dl className="grid grid-cols-3 gap-3 pt-1">
          <div><dt className="text-xs text-muted">Oldest prediction</dt><dd>{day(retention.oldestPrediction)}</dd></div>
          <div><dt className="text-xs text-muted">Oldest audit event</dt><dd>{day(retention.oldestAuditEvent)}</dd></div>
          <div><dt className="text-xs text-muted">First record leaves retention</dt><dd>{day(retention.earliestExpiry)}</dd></div>
        </dl>
      </CardContent>
    </Card>
  );
}
