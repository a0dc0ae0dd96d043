"use client";
// Confirms a verdict with its reason and note. A false positive cannot be sent without a
// reason: it is what makes the label useful for retraining and for fixing the detection.
import { useState } from "react";
import { FALSE_POSITIVE_REASONS, type Verdict } from "@/lib/alerts/schemas";
import { needsReason, type ReasonCode } from "@/lib/alerts/triage-rules";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label } from "@/components/ui/input";
import { VERDICT_HINTS, VERDICT_LABELS } from "@/components/ui/verdict-badge";

type Reason = ReasonCode;
export type VerdictChoice = { verdict: Verdict; reason?: Reason; note?: string };

export function VerdictDialog({
  verdict,
  count,
  onCancel,
  onConfirm,
}: {
  verdict: Verdict | null;
  count: number;
  onCancel: () => void;
  onConfirm: (choice: VerdictChoice) => void;
}) {
  return (
    <Dialog
      open={verdict !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={verdict ? `${VERDICT_LABELS[verdict]}${count > 1 ? ` for ${count} alerts` : ""}` : ""}
      description={verdict ? VERDICT_HINTS[verdict] : undefined}
      testId="verdict-dialog"
    >
      {verdict && <VerdictForm key={verdict} verdict={verdict} onCancel={onCancel} onConfirm={onConfirm} />}
    </Dialog>
  );
}

function VerdictForm({ verdict, onCancel, onConfirm }: { verdict: Verdict; onCancel: () => void; onConfirm: (choice: VerdictChoice) => void }) {
  const [reason, setReason] = useState<Reason | "">("");
  const [note, setNote] = useState("");
  const reasonMissing = needsReason(verdict) && !reason;
  return (
    <form
      className="space-y-4"
      // Enter confirms from anywhere but the note, so a keyboard-only verdict is two keys.
      onKeyDown={(event) => {
        if (event.key === "Enter" && !(event.target instanceof HTMLTextAreaElement)) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!reasonMissing) onConfirm({ verdict, reason: reason || undefined, note: note.trim() || undefined });
      }}
    >
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium text-muted">Reason{needsReason(verdict) ? " (required)" : " (optional)"}</legend>
        {Object.entries(FALSE_POSITIVE_REASONS).map(([code, label], index) => (
          <label key={code} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="radio"
              name="reason"
              value={code}
              checked={reason === code}
              onChange={() => setReason(code as Reason)}
              autoFocus={index === 0 && needsReason(verdict)}
              data-testid={`reason-${code}`}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <Label htmlFor="verdict-note">Note (optional)</Label>
        <textarea
          id="verdict-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={5000}
          rows={3}
          className="focus-ring w-full rounded-md border border-border-strong bg-panel p-2 text-sm"
          data-testid="verdict-note"
        />
      </div>
      {reasonMissing && <p className="text-xs text-muted">Pick the reason the detection was wrong.</p>}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>Cancel</Button>
        <Button type="submit" disabled={reasonMissing} autoFocus={!needsReason(verdict)} data-testid="verdict-confirm">Record verdict</Button>
      </div>
    </form>
  );
}
