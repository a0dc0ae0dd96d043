"use client";
// Labels an audit-sample prediction: malicious (a missed detection) or benign. Keys t / f / u.
import { useState } from "react";
import type { AuditSamplePrediction } from "@/lib/alerts/audit-sample";
import { useAuditSamplePrediction, useLabelAuditSample } from "@/lib/alerts/use-audit-sample";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import type { Verdict } from "@/lib/alerts/schemas";
import { roleHas, type Role } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { VerdictHistory } from "./verdict-history";

const CHOICES: { verdict: Verdict; label: string; key: string }[] = [
  { verdict: "TRUE_POSITIVE", label: "Malicious (missed)", key: "t" },
  { verdict: "FALSE_POSITIVE", label: "Benign", key: "f" },
  { verdict: "UNDETERMINED", label: "Undetermined", key: "u" },
];

export function AuditSamplePanel({ initial, role }: { initial: AuditSamplePrediction; role: Role }) {
  const { data: prediction } = useAuditSamplePrediction(initial);
  const label = useLabelAuditSample(initial.id);
  const [note, setNote] = useState("");
  const canLabel = roleHas(role, "alerts:triage");
  const send = (verdict: Verdict) =>
    canLabel && label.mutate({ predictionId: prediction.id, supersedes: prediction.labels[0]?.id ?? null, verdict, note: note.trim() || undefined }, { onSuccess: () => setNote("") });
  useShortcuts((command) => command.kind === "verdict" && CHOICES.some((c) => c.verdict === command.verdict) && send(command.verdict), canLabel && !label.isPending);
  return (
    <Card data-testid="audit-sample-panel">
      <CardHeader><CardTitle>Label</CardTitle></CardHeader>
      <CardContent className="space-y-3">
        {label.error && <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="triage-error">{label.error.message}</p>}
        {canLabel && (
          <>
            <div className="flex flex-wrap gap-2">
              {CHOICES.map((choice) => (
                <Button key={choice.verdict} size="sm" variant="secondary" disabled={label.isPending} onClick={() => send(choice.verdict)} data-testid={`sample-verdict-${choice.verdict}`}>
                  {choice.label} <Kbd>{choice.key}</Kbd>
                </Button>
              ))}
            </div>
            <textarea value={note} onChange={(event) => setNote(event.target.value)} placeholder="Note (optional)" aria-label="Note" rows={2} maxLength={5000} className="focus-ring w-full rounded-md border border-border-strong bg-panel p-2 text-sm" />
          </>
        )}
        <VerdictHistory labels={prediction.labels} />
      </CardContent>
    </Card>
  );
}
