"use client";
// Label quality for leads and auditors: how far the verdicts a model is retrained on can be
// trusted. Agreement between a verdict and a blind second opinion (Cohen's kappa), verdicts
// later overturned per reason code, per analyst figures and label delay. Filters in the URL;
// the report comes from GET /api/v1/label-quality through React Query.
import { useSearchParams } from "next/navigation";
import { OverturnRateChart } from "@/components/charts/overturn-rate-chart";
import { TeamCard } from "@/components/team/team-card";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LabelQualityQuery, type LabelQualityReport } from "@/lib/label-quality/schemas";
import { useLabelQuality, type LabelQualityFilters } from "@/lib/label-quality/use-label-quality";
import { AgreementMatrix } from "./agreement-matrix";
import { AnalystQualityTable } from "./analyst-quality-table";
import { QualityFilters, QUALITY_URL_KEYS, type QualityFilterErrors, type QualityFilterKey } from "./quality-filters";
import { QualitySummary } from "./quality-summary";
import { ReasonQualityTable } from "./reason-quality-table";

function parseFilters(params: URLSearchParams): { filters: LabelQualityFilters | null; errors: QualityFilterErrors } {
  const filters: LabelQualityFilters = {};
  for (const [field, key] of Object.entries(QUALITY_URL_KEYS) as [QualityFilterKey, string][]) {
    const value = params.get(key);
    if (value) filters[field] = value;
  }
  const parsed = LabelQualityQuery.safeParse(filters);
  if (parsed.success) return { filters, errors: {} };
  const errors: QualityFilterErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as QualityFilterKey;
    if (!(field in QUALITY_URL_KEYS)) continue;
    const isDate = field !== "model" && !issue.message.includes("after");
    errors[field] ??= isDate ? `${field} must be a date like 2026-11-01` : issue.message;
  }
  return { filters: null, errors };
}

export function LabelQualitySection() {
  const params = useSearchParams();
  const { filters, errors } = parseFilters(params);
  const report = useLabelQuality(filters);
  return (
    <section className="space-y-4" data-testid="label-quality" aria-labelledby="label-quality-title" aria-busy={report.isFetching || undefined}>
      <div className="space-y-1">
        <h2 id="label-quality-title" className="text-base font-semibold">Label quality</h2>
        <p className="max-w-3xl text-sm text-muted">
          How far the verdicts behind these datasets can be trusted: agreement between a verdict and a colleague&apos;s blind second opinion, verdicts later overturned,
          and how long events wait for a verdict.
        </p>
      </div>
      <Card>
        <CardContent>
          <QualityFilters errors={errors} />
        </CardContent>
      </Card>
      {!filters ? (
        <div data-testid="label-quality-invalid">
          <EmptyState title="These filters cannot be used" description="Fix the highlighted values above, or press All time." />
        </div>
      ) : report.isError ? (
        <div data-testid="label-quality-error">
          <EmptyState title="Label quality could not be loaded" description={report.error.message} />
        </div>
      ) : !report.data ? (
        <p className="text-sm text-muted" role="status" data-testid="label-quality-loading">Loading label quality…</p>
      ) : report.data.totals.labels === 0 ? (
        <div data-testid="label-quality-empty">
          <EmptyState title="No verdicts in this window" description="Widen the window or pick another model: label quality is measured on the verdicts people gave." />
        </div>
      ) : (
        <QualityReport report={report.data} />
      )}
    </section>
  );
}

function QualityReport({ report }: { report: LabelQualityReport }) {
  const { settings } = report;
  return (
    <>
      <QualitySummary report={report} />
      <div className="grid gap-4 xl:grid-cols-2">
        <TeamCard
          title="Overturned verdicts by reason"
          caption="Share of verdicts with this reason later changed to a different verdict."
          hint="Grouped by the reason of the verdict that was overturned; true positives, benign positives and undetermined verdicts usually carry none. A reason far above the others is a call the team finds hard, or defines differently: worth a shared rule."
          testId="label-quality-overturns"
        >
          <OverturnRateChart reasons={report.reasons} />
        </TeamCard>
        <TeamCard
          title="First verdict against second opinion"
          caption={`Pairs from the ${settings.sampleRate * 100} % sample; the diagonal agrees.`}
          hint="Each sampled verdict is shown, blind, to another analyst. Off-diagonal cells are disagreements: benign vs false positive is a definition problem, true vs false positive a missed or imagined attack."
          testId="label-quality-pairs"
        >
          {report.totals.pairs === 0 ? (
            <EmptyState title="No second opinions yet" description="Analysts give them under Alerts → Second opinion." />
          ) : (
            <AgreementMatrix cells={report.agreement.confusion} />
          )}
        </TeamCard>
      </div>
      <TeamCard
        title="Per analyst"
        caption={`As the first labeller: pairs and agreement under a second opinion, κ from ${settings.minPairs} pairs, overturns, and delay to their first verdicts.`}
        hint={`κ swings on a single case when pairs are few, so below ${settings.minPairs} it shows "too few". Read a low κ as a prompt for a conversation, not a score: the second opinion can be the one that is wrong.`}
        testId="label-quality-per-analyst"
      >
        {report.analysts.length === 0 ? <EmptyState title="No analysts' verdicts in this window" /> : <AnalystQualityTable analysts={report.analysts} minPairs={settings.minPairs} />}
      </TeamCard>
      <TeamCard
        title="Per reason code"
        caption="By the reason of the verdict: overturns, agreement and delay from the event to the first verdict."
        hint="Delay runs from the event to the prediction's first verdict, counted under that verdict's reason. Monitoring cannot measure precision before verdicts arrive, so a long delay on one reason delays what the team learns about it."
        testId="label-quality-per-reason"
      >
        <ReasonQualityTable reasons={report.reasons} />
      </TeamCard>
    </>
  );
}
