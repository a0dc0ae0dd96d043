// Every dataset with its versions, newest first; each version links to its manifest.
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import type { DatasetList as DatasetListData } from "@/lib/datasets/schemas";

export function DatasetList({ data }: { data: DatasetListData }) {
  if (!data.datasets.length) return <EmptyState title="No datasets yet" description="Leads build versioned retraining datasets from verdicts here." />;
  return (
    <div className="space-y-4">
      {data.datasets.map((dataset) => (
        <Card key={dataset.name}>
          <CardHeader>
            <CardTitle>{dataset.name}</CardTitle>
          </CardHeader>
          <CardContent>
            <Table aria-label={`Versions of ${dataset.name}`}>
              <THead>
                <TRow>
                  <TH>Version</TH>
                  <TH>Rows</TH>
                  <TH>Positives</TH>
                  <TH>sha256</TH>
                  <TH>Created</TH>
                </TRow>
              </THead>
              <TBody>
                {dataset.versions.map((version) => (
                  <TRow key={version.version}>
                    <TD>
                      <Link className="text-accent underline-offset-2 hover:underline" href={`/datasets/${encodeURIComponent(dataset.name)}/${version.version}`}>
                        v{version.version}
                      </Link>
                    </TD>
                    <TD className="tabular-nums">{version.rows.toLocaleString("en")}</TD>
                    <TD className="tabular-nums">{version.positives.toLocaleString("en")}</TD>
                    <TD>
                      <code className="text-xs" title={version.sha256}>
                        {version.sha256.slice(0, 12)}…
                      </code>
                    </TD>
                    <TD>
                      {version.createdAt.slice(0, 16).replace("T", " ")} UTC · {version.createdBy ?? "—"}
                    </TD>
                  </TRow>
                ))}
              </TBody>
            </Table>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
