"use client";
// The lead's dataset builder: choose model/version, time range, verdict sources, the
// verdict→class mapping and exclusions; preview what the version would hold; create it.
// The form stays uncontrolled (FormData is the state); results live in the mutations.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DEFAULT_MAPPING, LABEL_SOURCES, VERDICTS } from "@/lib/datasets/schemas";
import { useCreateDataset, usePreviewDataset } from "@/lib/datasets/use-datasets";
import { buildInputOf } from "./build-input";
import { PreviewSummary } from "./preview-summary";

export type ModelChoice = { name: string; versions: string[] };

const SOURCE_LABELS = { ANALYST: "Analyst verdicts", AUDIT_SAMPLE: "Audit sample", IMPORT: "Imported", ACTIVE_LEARNING: "Active learning" } as const;
const CLASS_VALUE = (cls: 0 | 1 | null) => (cls === null ? "excluded" : String(cls));

export function DatasetBuilder({ models }: { models: ModelChoice[] }) {
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const preview = usePreviewDataset();
  const create = useCreateDataset();
  const input = () => buildInputOf(new FormData(form.current!));
  const error = create.error ?? preview.error;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Build a dataset version</CardTitle>
        <CardDescription>Rows are the latest verdict of each prediction. A version is immutable; building again under the same name makes the next version, with a diff.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={form}
          className="space-y-4"
          aria-label="Dataset builder"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(input(), { onSuccess: (created) => router.push(`/datasets/${encodeURIComponent(created.name)}/${created.version}`) });
          }}
        >
          <div className="grid gap-3 sm:grid-cols-4">
            <div className="space-y-1">
              <Label htmlFor="ds-name">Dataset name</Label>
              <Input id="ds-name" name="name" required pattern="[A-Za-z0-9][A-Za-z0-9_.:\-]{0,99}" placeholder="intrusion-fp-retrain" />
            </div>
            <div className="space-y-1">
              <Label htmlFor="ds-target">Model and version</Label>
              <Select id="ds-target" name="target">
                {models.flatMap((model) => [
                  <option key={model.name} value={JSON.stringify([model.name])}>{`${model.name} — all versions`}</option>,
                  ...model.versions.map((version) => (
                    <option key={`${model.name}@${version}`} value={JSON.stringify([model.name, version])}>{`${model.name} ${version}`}</option>
                  )),
                ])}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="ds-from">From (UTC, inclusive)</Label>
              <Input id="ds-from" name="from" type="date" />
            </div>
            <div className="space-y-1">
              <Label htmlFor="ds-to">To (UTC, exclusive)</Label>
              <Input id="ds-to" name="to" type="date" />
            </div>
          </div>
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 text-xs font-medium text-muted">Verdict sources</legend>
            {LABEL_SOURCES.map((source) => (
              <label key={source} className="flex items-center gap-1.5">
                <input type="checkbox" name={`source-${source}`} defaultChecked /> {SOURCE_LABELS[source]}
              </label>
            ))}
          </fieldset>
          <fieldset className="grid gap-3 sm:grid-cols-4">
            <legend className="mb-1 text-xs font-medium text-muted">Verdict → class (recorded in the manifest)</legend>
            {VERDICTS.map((verdict) => (
              <div key={verdict} className="space-y-1">
                <Label htmlFor={`ds-map-${verdict}`}>{verdict.toLowerCase().replaceAll("_", " ")}</Label>
                <Select id={`ds-map-${verdict}`} name={`map-${verdict}`} defaultValue={CLASS_VALUE(DEFAULT_MAPPING[verdict])}>
                  <option value="1">1 (attack)</option>
                  <option value="0">0 (benign)</option>
                  <option value="excluded">left out</option>
                </Select>
              </div>
            ))}
          </fieldset>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-1.5">
              <input type="checkbox" name="includeAuditNegatives" defaultChecked /> Include audit-sample negatives
            </label>
            <label className="flex items-center gap-1.5">
              <input type="checkbox" name="dedupeByEvent" defaultChecked /> One row per event (across versions)
            </label>
          </div>
          <div className="flex gap-2">
            <Button type="button" variant="secondary" disabled={preview.isPending} onClick={() => preview.mutate(input())}>
              {preview.isPending ? "Previewing…" : "Preview"}
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create version"}
            </Button>
          </div>
          {error ? (
            <p role="alert" className="text-sm text-danger">
              {error.message}
            </p>
          ) : null}
          {preview.data ? <PreviewSummary preview={preview.data} /> : null}
        </form>
      </CardContent>
    </Card>
  );
}
