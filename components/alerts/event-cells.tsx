// Table cells the sample queues (audit sample, second opinion) share: score against threshold,
// the entity, and the top reasons.
import { TD } from "@/components/ui/table";
import type { z } from "zod";
import type { Reason } from "@/lib/alerts/schemas";
import { formatReason } from "./format";

export function ScoreCell({ score, threshold }: { score: number; threshold: number }) {
  return <TD className="tabular-nums">{score.toFixed(3)} <span className="text-muted">/ {threshold.toFixed(3)}</span></TD>;
}

type Entity = { host: string | null; userName: string | null; sourceIp: string | null; businessUnit: string | null };

export function EntityCell({ host, userName, sourceIp, businessUnit }: Entity) {
  return (
    <TD>
      <div className="font-medium">{host ?? "—"}</div>
      <div className="text-xs text-muted">{[userName, sourceIp, businessUnit].filter(Boolean).join(" · ")}</div>
    </TD>
  );
}

export function ReasonsCell({ reasons }: { reasons: z.infer<typeof Reason>[] }) {
  return <TD className="max-w-sm text-xs">{reasons.slice(0, 2).map((r) => <div key={r.feature} className="truncate">{formatReason(r)}</div>)}</TD>;
}
