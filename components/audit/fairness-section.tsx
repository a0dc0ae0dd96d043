"use client";
// Fairness on the Audit page: for each version in production, the entity groups whose error
// rates fall outside the four-fifths band, and those with too few labels to judge. The numbers
// are the monitoring fairness report's (one request per version and group kind); the detail is
// the fairness card on Monitoring, for the same version and range.
import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { RateCell, StatusCell } from "@/components/monitoring/fairness-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { fetchJson } from "@/lib/api/fetch-json";
import { type FairnessFindings, fairnessFindings, GROUP_KIND_LABEL, monitoringFairnessHref, RATE_LABEL } from "@/lib/monitoring/fairness-findings";
import { FairnessGroupBy, type FairnessResponse } from "@/lib/monitoring/fairness-schemas";
import { DEFAULT_RANGE_DAYS } from "@/lib/monitoring/schemas";
import { type FairnessParams, fairnessKeys, fairnessUrl } from "@/lib/monitoring/use-fairness";
import { PARITY_BAND } from "@/lib/stats/group-rates";

export type FairnessVersion = { model: string; version: string };

/** The trail filter's From/To are dates; the fairness range follows them when set. */
const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

const CLASS_OF = { fpr: "negatives", fnr: "positives" } as const;

function FlaggedTable({ findings }: { findings: FairnessFindings["flagged"] }) {
  return (
    <Table aria-label="Flagged groups" data-testid="fairness-flagged-table">
      <THead>
        <tr>
          <TH>Group kind</TH>
          <TH>Group</TH>
          <TH>Rate</TH>
          <TH>Value [95 % CI]</TH>
          <TH>n</TH>
          <TH>Ratio</TH>
          <TH>Reference</TH>
          <TH>Reference value [95 % CI]</TH>
          <TH>Why flagged</TH>
        </tr>
      </THead>
      <TBody>
        {findings.map((f) => (
          <TRow key={`${f.groupBy}-${f.group}-${f.metric}`} data-testid="fairness-flag" data-kind={f.groupBy} data-group={f.group} data-metric={f.metric}>
            <TD className="whitespace-nowrap">{GROUP_KIND_LABEL[f.groupBy]}</TD>
            <TD className="font-medium">{f.group}</TD>
            <TD>{RATE_LABEL[f.metric]}</TD>
            <RateCell rate={f.rate} />
            <TD className="tabular-nums" title={`labelled ${CLASS_OF[f.metric]}`}>
              {f.rate.n}
            </TD>
            <StatusCell rate={f.rate} />
            <TD>{f.reference?.group ?? "—"}</TD>
            {f.reference ? <RateCell rate={f.reference.rate} /> : <TD className="text-muted">—</TD>}
            <TD className="min-w-72 py-1.5 text-xs text-muted">{f.why}</TD>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}

function TooFewTable({ groups, minN }: { groups: FairnessFindings["tooFew"]; minN: number }) {
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted">
        Too few to judge — fewer than {minN} labels of the class, so these rates are not compared and never flagged:
      </p>
      <Table aria-label="Groups with too few labels" data-testid="fairness-too-few-table">
        <THead>
          <tr>
            <TH>Group kind</TH>
            <TH>Group</TH>
            <TH>Too few to judge</TH>
          </tr>
        </THead>
        <TBody>
          {groups.map((g) => (
            <TRow key={`${g.groupBy}-${g.group}`} data-testid="fairness-too-few" data-kind={g.groupBy} data-group={g.group}>
              <TD className="whitespace-nowrap">{GROUP_KIND_LABEL[g.groupBy]}</TD>
              <TD className="font-medium">{g.group}</TD>
              <TD className="text-xs text-muted">
                {g.rates.map((r) => `${RATE_LABEL[r.metric]} on ${r.n} labelled ${CLASS_OF[r.metric]}`).join(" · ")}
              </TD>
            </TRow>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

function VersionFairness({ model, version, range }: FairnessVersion & { range: FairnessParams }) {
  const results = useQueries({
    queries: FairnessGroupBy.options.map((groupBy) => {
      const params = { ...range, groupBy };
      return { queryKey: fairnessKeys.version(model, version, params), queryFn: () => fetchJson<FairnessResponse>(fairnessUrl(model, version, params)) };
    }),
  });
  const error = results.find((r) => r.error)?.error;
  const reports = results.flatMap((r) => (r.data ? [r.data] : []));
  const first = reports[0];
  const findings = reports.map(fairnessFindings);
  const flagged = findings.flatMap((f) => f.flagged);
  const tooFew = findings.flatMap((f) => f.tooFew);
  return (
    <div className="space-y-2" data-testid="fairness-version" data-model={model} data-version={version}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium">
          {model} {version}
          {first ? (
            <span className="ml-2 text-xs font-normal text-muted tabular-nums">
              {first.from.slice(0, 10)} – {first.to.slice(0, 10)} (UTC, end excluded)
            </span>
          ) : null}
        </h3>
        {first ? (
          <Link className="text-sm text-accent hover:underline" href={monitoringFairnessHref(first)} data-testid="fairness-monitoring-link">
            Details in Monitoring
          </Link>
        ) : null}
      </div>
      {error ? (
        <p className="text-sm text-danger" role="alert">
          {error.message}
        </p>
      ) : reports.length < results.length ? (
        <p className="text-sm text-muted" role="status">
          Computing error rates per group…
        </p>
      ) : reports.every((r) => r.groups.length === 0) ? (
        <p className="text-sm text-muted" data-testid="fairness-no-labels">
          No labelled predictions in this range: nothing to judge.
        </p>
      ) : (
        <>
          {flagged.length ? (
            <FlaggedTable findings={flagged} />
          ) : (
            <p className="text-sm" data-testid="fairness-none-flagged">
              No group is flagged: every rate with at least {first!.minN} labels is within {first!.band}× the best-served group&apos;s.
            </p>
          )}
          {tooFew.length ? <TooFewTable groups={tooFew} minN={first!.minN} /> : null}
        </>
      )}
    </div>
  );
}

export function FairnessSection({ versions }: { versions: FairnessVersion[] }) {
  const search = useSearchParams();
  const range: FairnessParams = { from: dayOf(search.get("from")), to: dayOf(search.get("to")) };
  return (
    <Card data-testid="fairness-section">
      <CardHeader>
        <div className="min-w-0 space-y-0.5">
          <CardTitle>Fairness</CardTitle>
          <CardDescription>
            False-positive and false-negative rates per entity group of each model version in production, from the latest verdicts
            (true positive → 1, false positive → 0, others left out; audit-sample rows weighted 1/π), with Wilson 95 % intervals. A
            group is flagged when a rate exceeds {PARITY_BAND}× the best-served group&apos;s (four-fifths rule). Period: the
            trail filter&apos;s From/To when set, otherwise the last {DEFAULT_RANGE_DAYS} days with data.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-5">
        {versions.length === 0 ? (
          <p className="text-sm text-muted" data-testid="fairness-no-production">
            No model version is in production: there is nothing to judge.
          </p>
        ) : (
          versions.map((v) => <VersionFairness key={`${v.model}/${v.version}`} model={v.model} version={v.version} range={range} />)
        )}
      </CardContent>
    </Card>
  );
}
