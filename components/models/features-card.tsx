import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { VersionDetail } from "@/lib/registry/catalog-schemas";
import { SectionCard } from "./section-card";

export function FeaturesCard({ detail }: { detail: VersionDetail }) {
  return (
    <SectionCard title="Features" testId="version-features" caption={`${detail.features.length} inputs the model scores on.`}>
      <div className="max-h-80 overflow-y-auto">
        <Table>
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Type</TH>
              <TH>Description</TH>
            </tr>
          </THead>
          <TBody>
            {detail.features.map((f) => (
              <TRow key={f.name}>
                <TD className="font-mono text-xs">{f.name}</TD>
                <TD>
                  <Badge tone="outline">{f.type}</Badge>
                </TD>
                <TD className="text-xs text-muted">{f.description ?? "—"}</TD>
              </TRow>
            ))}
          </TBody>
        </Table>
      </div>
    </SectionCard>
  );
}

/** Scalars inline; arrays and objects (per-feature weights, transforms) as folded JSON. */
export function HyperparametersCard({ detail }: { detail: VersionDetail }) {
  const entries = Object.entries(detail.hyperparameters ?? {});
  return (
    <SectionCard title="Hyperparameters" testId="version-hyperparameters" caption="As the training pipeline registered them.">
      {entries.length === 0 ? (
        <p className="text-sm text-muted">None registered.</p>
      ) : (
        <dl className="max-h-80 divide-y divide-border overflow-y-auto">
          {entries.map(([key, value]) => (
            <div key={key} className="grid grid-cols-[12rem_1fr] gap-3 py-1.5 text-sm">
              <dt className="font-mono text-xs text-muted">{key}</dt>
              <dd className="min-w-0 font-mono text-xs">
                {value !== null && typeof value === "object" ? (
                  <details>
                    <summary className="cursor-pointer text-accent">{Array.isArray(value) ? `${value.length} items` : `${Object.keys(value).length} entries`}</summary>
                    <pre className="mt-1 max-h-60 overflow-auto rounded bg-raised p-2 whitespace-pre-wrap">{JSON.stringify(value, null, 2)}</pre>
                  </details>
                ) : (
                  String(value)
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </SectionCard>
  );
}
