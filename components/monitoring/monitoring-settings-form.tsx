"use client";
// A version's drift thresholds. Leads change them (audited); everyone sees what is in force.
// Stricter thresholds mean fewer, larger alarms — the usual complaint about drift tools is the
// opposite, so the defaults already ask for both a real effect and a corrected p-value.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { fetchJson } from "@/lib/api/fetch-json";
import type { MonitoringSettings } from "@/lib/monitoring/schemas";

type Field = { key: "psi" | "ksMinEffect" | "alpha" | "performanceDrop"; label: string; help: string; scale?: number };

const FIELDS: Field[] = [
  { key: "psi", label: "PSI threshold", help: "0.1 moderate, 0.25 significant" },
  { key: "ksMinEffect", label: "Smallest KS D", help: "effect floor for large windows" },
  { key: "alpha", label: "Significance α", help: "after the correction" },
  { key: "performanceDrop", label: "Performance drop (%)", help: "relative to training", scale: 100 },
];

export function MonitoringSettingsForm({ settings, canEdit, model, version }: { settings: MonitoringSettings; canEdit: boolean; model: string; version: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const patch: Record<string, unknown> = { correction: form.get("correction") };
    for (const field of FIELDS) patch[field.key] = Number(form.get(field.key)) / (field.scale ?? 1);
    const from = String(form.get("referenceFrom") ?? "");
    const to = String(form.get("referenceTo") ?? "");
    patch.reference = from && to ? { from, to } : null;
    setMessage(null);
    startTransition(async () => {
      try {
        await fetchJson(`/api/v1/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/drift/settings`, { method: "PATCH", body: patch });
        setMessage({ ok: true, text: "Saved. Drift events are re-evaluated under the new thresholds." });
        router.refresh();
      } catch (e) {
        setMessage({ ok: false, text: e instanceof Error ? e.message : "The settings could not be saved" });
      }
    });
  };

  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-x-4 gap-y-3" aria-label="Drift thresholds" data-testid="monitoring-settings">
      {FIELDS.map((field) => (
        <div key={field.key} className="flex w-36 flex-col gap-1">
          <Label htmlFor={`setting-${field.key}`}>{field.label}</Label>
          <Input id={`setting-${field.key}`} name={field.key} inputMode="decimal" defaultValue={String(Number((settings[field.key] * (field.scale ?? 1)).toPrecision(6)))} disabled={!canEdit} />
          <p className="text-xs text-subtle">{field.help}</p>
        </div>
      ))}
      <div className="flex w-48 flex-col gap-1">
        <Label htmlFor="setting-correction">Multiple-testing correction</Label>
        <Select id="setting-correction" name="correction" defaultValue={settings.correction} disabled={!canEdit}>
          <option value="benjamini-hochberg">Benjamini–Hochberg (FDR)</option>
          <option value="holm">Holm (any false flag)</option>
          <option value="none">none</option>
        </Select>
        <p className="text-xs text-subtle">across features per window</p>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-xs font-medium text-muted">Default reference window (empty: baseline)</legend>
        <div className="flex items-center gap-2">
          <Input aria-label="Reference from" name="referenceFrom" type="date" defaultValue={settings.reference?.from ?? ""} disabled={!canEdit} className="w-40" />
          <span className="text-muted">–</span>
          <Input aria-label="Reference to (excluded)" name="referenceTo" type="date" defaultValue={settings.reference?.to ?? ""} disabled={!canEdit} className="w-40" />
        </div>
        <p className="text-xs text-subtle">&nbsp;</p>
      </fieldset>
      {canEdit ? (
        <div className="pb-5">
          <Button type="submit" disabled={pending} data-testid="monitoring-settings-save">
            Save thresholds
          </Button>
        </div>
      ) : (
        <p className="pb-5 text-xs text-muted">Leads can change these.</p>
      )}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`w-full text-sm ${message.ok ? "text-muted" : "text-danger"}`}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
