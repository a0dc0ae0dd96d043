"use client";
// One active-learning pick: why it was picked, what the model saw (SHAP), its features against
// the baseline, and the verdict. Below the threshold it is labelled like the audit sample
// (malicious or benign, keys t / f / u); an alert takes the alert queue's verdicts, and a false
// positive asks for a reason.
import Link from "next/link";
import { useState } from "react";
import type { ActiveLearningItem, ActiveLearningQueue } from "@/lib/active-learning/schemas";
import { whyText } from "@/lib/active-learning/why-text";
import { featureContext } from "@/lib/alerts/feature-context";
import { VERDICTS, type Verdict } from "@/lib/alerts/schemas";
import { useShortcuts } from "@/lib/alerts/use-shortcuts";
import { needsReason } from "@/lib/alerts/triage-rules";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Kbd } from "@/components/ui/kbd";
import { VERDICT_LABELS } from "@/components/ui/verdict-badge";
import { ExplanationCard } from "./explanation-card";
import { FeatureTable } from "./feature-table";
import { formatTime } from "./format";
import { VerdictDialog, type VerdictChoice } from "./verdict-dialog";

const KEYS: Record<Verdict, string> = { TRUE_POSITIVE: "t", FALSE_POSITIVE: "f", BENIGN_POSITIVE: "b", UNDETERMINED: "u" };
const QUIET_CHOICES: { verdict: Verdict; label: string }[] = [
  { verdict: "TRUE_POSITIVE", label: "Malicious (missed)" },
  { verdict: "FALSE_POSITIVE", label: "Benign" },
  { verdict: "UNDETERMINED", label: "Undetermined" },
];

type Props = {
  item: ActiveLearningItem;
  queue: ActiveLearningQueue;
  canLabel: boolean;
  pending: boolean;
  error: string | null;
  onVerdict: (choice: VerdictChoice) => void;
};

export function ActiveLearningPick({ item, queue, canLabel, pending, error, onVerdict }: Props) {
  const [note, setNote] = useState("");
  const [asking, setAsking] = useState<Verdict | null>(null);
  const choices = item.alertId === null ? QUIET_CHOICES : VERDICTS.map((verdict) => ({ verdict, label: VERDICT_LABELS[verdict] }));
  const why = whyText(item.why, item.score, item.threshold, queue.champion.version);
  const context = featureContext(item.features, item.explanation, queue.baseline);

  const choose = (verdict: Verdict) => {
    if (!canLabel || pending) return;
    // Below the threshold nothing fired: "false positive" only means benign, no reason needed.
    if (item.alertId !== null && needsReason(verdict)) return setAsking(verdict);
    onVerdict({ verdict, note: note.trim() || undefined });
    setNote("");
  };
  useShortcuts((command) => {
    if (command.kind === "verdict" && choices.some((c) => c.verdict === command.verdict)) choose(command.verdict);
  }, canLabel && !pending && asking === null);

  return (
    <div className="space-y-4" data-testid="al-pick" data-prediction-id={item.predictionId}>
      <Card>
        <CardHeader>
          <CardTitle>Why this one</CardTitle>
          <Badge tone="accent">{item.why.kind === "uncertainty" ? "nearest the threshold" : item.why.flip ? "decision flip" : "score gap"}</Badge>
        </CardHeader>
        <CardContent className="space-y-2 text-sm">
          <p data-testid="al-why">{why.long}</p>
          <p className="text-xs text-muted">
            {formatTime(item.time)} · {[item.entity.host, item.entity.user, item.entity.sourceIp, item.entity.businessUnit].filter(Boolean).join(" · ") || "no entity"} · event{" "}
            <code>{item.eventId}</code>
            {item.alertId !== null && (
              <>
                {" · "}
                <Link href={`/alerts/${item.alertId}`} className="underline hover:text-fg">alert #{item.alertId}</Link>
              </>
            )}
          </p>
        </CardContent>
      </Card>
      <Card data-testid="al-label-panel">
        <CardHeader>
          <CardTitle>{item.alertId === null ? "Label (no alert was raised)" : "Verdict (this raised an alert)"}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          {error && <p role="alert" className="rounded-md border border-sev-critical/40 bg-sev-critical/10 px-3 py-2 text-sm" data-testid="al-error">{error}</p>}
          {canLabel ? (
            <>
              <div className="flex flex-wrap gap-2">
                {choices.map((choice) => (
                  <Button key={choice.verdict} size="sm" variant="secondary" disabled={pending} onClick={() => choose(choice.verdict)} data-testid={`al-verdict-${choice.verdict}`}>
                    {choice.label} <Kbd>{KEYS[choice.verdict]}</Kbd>
                  </Button>
                ))}
              </div>
              <textarea value={note} onChange={(event) => setNote(event.target.value)} placeholder="Note (optional)" aria-label="Note" rows={2} maxLength={5000} className="focus-ring w-full rounded-md border border-border-strong bg-panel p-2 text-sm" />
              <p className="text-xs text-muted">Recorded as an active-learning verdict: training datasets may use it; evaluation keeps it out of its weighted estimates, as it is not a random sample.</p>
            </>
          ) : (
            <p className="text-sm text-muted">Only analysts and leads give verdicts.</p>
          )}
        </CardContent>
      </Card>
      <ExplanationCard title="What the model saw" score={item.score} threshold={item.threshold} explanation={item.explanation} features={item.features} context={context} />
      <Card>
        <CardHeader><CardTitle>Feature values</CardTitle></CardHeader>
        <CardContent><FeatureTable rows={context} /></CardContent>
      </Card>
      <VerdictDialog
        verdict={asking}
        count={1}
        onCancel={() => setAsking(null)}
        onConfirm={(choice) => {
          setAsking(null);
          onVerdict({ ...choice, note: choice.note ?? (note.trim() || undefined) });
          setNote("");
        }}
      />
    </div>
  );
}
