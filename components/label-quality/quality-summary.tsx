// The headline figures of label quality, each with what it means and why a lead should care.
import { formatRate, kappaBand } from "@/components/charts/prepare-label-quality";
import { MetricHint } from "@/components/team/metric-hint";
import type { KappaOut, LabelQualityReport } from "@/lib/label-quality/schemas";
import { formatDuration } from "@/lib/time/duration";

type Stat = { id: string; label: string; value: string; detail: string; hint: string };

const count = (n: number) => n.toLocaleString("en-US");

/** "0.72" with its interval and n; or why there is no number. */
export function kappaText(k: KappaOut): { value: string; detail: string } {
  if (k.kappa === null) {
    const why = { no_pairs: "no second opinions yet", single_category: "both always gave one verdict: κ undefined", too_few: `too few pairs (${k.n})` }[k.undefinedReason ?? "no_pairs"];
    return { value: "—", detail: why };
  }
  const ci = k.ci95 ? ` · 95% CI ${k.ci95[0].toFixed(2)}–${k.ci95[1].toFixed(2)}` : "";
  return { value: k.kappa.toFixed(2), detail: `${kappaBand(k.kappa)} · n = ${count(k.n)} pairs${ci}` };
}

function stats(report: LabelQualityReport): Stat[] {
  const { totals, agreement, settings } = report;
  const verdicts = kappaText(agreement.verdicts);
  const binary = kappaText(agreement.binary);
  const delay = totals.delay;
  return [
    {
      id: "kappa",
      label: "Agreement (Cohen's κ)",
      ...verdicts,
      hint: `A sampled ${settings.sampleRate * 100} % of verdicts get a blind second opinion from another analyst. κ is their agreement beyond what chance would give: 1 is perfect, 0 no better than chance. Below about 0.6, the labels a model is retrained on disagree with each other often enough to cap what it can learn.`,
    },
    {
      id: "binary-kappa",
      label: "κ, true vs false positive",
      ...binary,
      hint: "The same, on the pairs where both said true or false positive: the two classes a training set uses. Benign-positive vs false-positive disputes drop out here.",
    },
    {
      id: "agreement",
      label: "Second opinions agreeing",
      value: formatRate(totals.agreementRate),
      detail: `${count(totals.agreed)} of ${count(totals.pairs)} pairs`,
      hint: "The plain share of pairs with the same verdict. It is high whenever one verdict dominates, which is why κ corrects it for chance.",
    },
    {
      id: "overturned",
      label: "Verdicts overturned",
      value: formatRate(totals.overturnRate),
      detail: `${count(totals.overturned)} of ${count(totals.labels)} verdicts`,
      hint: "Verdicts later replaced by a different verdict (a change of reason only does not count). Some are healthy corrections as evidence arrives; a high rate on one reason says that call is hard or badly defined.",
    },
    {
      id: "delay",
      label: "Label delay (median)",
      value: delay.medianMs === null ? "—" : formatDuration(delay.medianMs),
      detail: delay.p90Ms === null ? "no verdicts" : `p90 ${formatDuration(delay.p90Ms)} · ${count(delay.n)} predictions`,
      hint: "From the event to its first verdict. Monitoring waits this long to see the model's precision; a long tail means drift in performance shows up late.",
    },
  ];
}

export function QualitySummary({ report }: { report: LabelQualityReport }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" data-testid="label-quality-summary">
      {stats(report).map((stat) => (
        <div key={stat.id} className="rounded-lg border border-border bg-panel px-4 py-3" data-testid={`label-quality-stat-${stat.id}`}>
          <dt className="flex items-center gap-1.5 text-xs font-medium text-muted">
            {stat.label}
            <MetricHint label={stat.label}>{stat.hint}</MetricHint>
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-fg" data-testid={`label-quality-stat-${stat.id}-value`}>
            {stat.value}
          </dd>
          <dd className="mt-0.5 text-xs text-subtle">{stat.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
