"use client";
// Error rates per business unit with the four-fifths parity band: which groups the detector
// fails more often than the best-served one.
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TRow } from "@/components/ui/table";
import { pct } from "@/lib/monitoring/fairness-findings";
import type { FairnessRate } from "@/lib/monitoring/fairness-schemas";
import { type FairnessParams, useFairness } from "@/lib/monitoring/use-fairness";
import { MonitoringCard } from "./monitoring-card";

export function RateCell({ rate }: { rate: FairnessRate }) {
  if (rate.rate === null) return <TD className="text-muted">—</TD>;
  return (
    <TD className="tabular-nums">
      {pct(rate.rate)} {rate.ci ? <span className="text-xs text-muted">[{pct(rate.ci.low)}, {pct(rate.ci.high)}]</span> : null}
    </TD>
  );
}

export function StatusCell({ rate }: { rate: FairnessRate }) {
  if (rate.status === "insufficient") return <TD className="text-xs text-muted">not enough labels</TD>;
  return (
    <TD className="tabular-nums">
      {rate.ratio === null ? "—" : `${rate.ratio.toFixed(2)}×`}{" "}
      {rate.status === "flagged" ? (
        <Badge className="bg-sev-high/12 text-sev-high ring-sev-high/30" data-testid="fairness-flagged">
          flagged
        </Badge>
      ) : null}
    </TD>
  );
}

export function FairnessCard({ model, version, params }: { model: string; version: string; params: FairnessParams }) {
  const { data, error, isPending } = useFairness(model, version, params);
  const caption = data
    ? `False-positive and false-negative rates per business unit from the latest verdicts (true positive → 1, false positive → 0, others left out; audit-sample rows weighted 1/π), with Wilson 95 % intervals. Four-fifths rule: a group is flagged when its rate exceeds ${data.band}× the lowest group's (ratio shown). Rates on fewer than ${data.minN} labels of their class are shown but never flagged.`
    : "False-positive and false-negative rates per business unit with the four-fifths parity band.";
  return (
    <MonitoringCard title="Fairness by business unit" caption={caption} testId="fairness-card" id="fairness">
      {isPending ? (
        <p className="text-sm text-muted" role="status">
          Computing error rates per group…
        </p>
      ) : error ? (
        <p className="text-sm text-sev-high" role="alert">
          {error.message}
        </p>
      ) : data.groups.length === 0 ? (
        <p className="text-sm text-muted">No labelled predictions in this range.</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>Business unit</TH>
              <TH>n (neg / pos)</TH>
              <TH>FPR [95 % CI]</TH>
              <TH>FPR ratio</TH>
              <TH>FNR [95 % CI]</TH>
              <TH>FNR ratio</TH>
            </tr>
          </THead>
          <TBody>
            {data.groups.map((g) => (
              <TRow key={g.group} data-testid="fairness-row" data-group={g.group}>
                <TD className="font-medium">{g.group}</TD>
                <TD className="tabular-nums">
                  {g.fpr.n} / {g.fnr.n}
                </TD>
                <RateCell rate={g.fpr} />
                <StatusCell rate={g.fpr} />
                <RateCell rate={g.fnr} />
                <StatusCell rate={g.fnr} />
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
    </MonitoringCard>
  );
}
