// Why the model scored an event as it did: the score against the threshold, the SHAP waterfall
// from base value to output, the top reasons in words, and a check that the explanation adds
// up. Shared by alerts and audit-sample predictions.
import type { Explanation } from "@/lib/ingest/schemas";
import type { FeatureContext } from "@/lib/alerts/feature-context";
import { plainReasons } from "@/lib/alerts/plain-reasons";
import { explanationCheck } from "@/components/charts/prepare-waterfall";
import { ShapWaterfall } from "@/components/charts/shap-waterfall";
import { ScoreGauge } from "@/components/charts/score-gauge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

type Props = {
  title: string;
  score: number;
  threshold: number;
  explanation: Explanation | null;
  features: Record<string, number | string | boolean | null>;
  context: FeatureContext[];
};

function ExplanationCheck({ explanation, score }: { explanation: Explanation; score: number }) {
  const check = explanationCheck(explanation, score);
  return (
    <p className={`text-xs ${check.ok ? "text-muted" : "text-sev-high"}`} data-testid="explanation-check">
      {check.ok ? "✓ Adds up:" : "⚠ Does not add up:"} base {explanation.baseValue.toFixed(3)} + Σ contributions ={" "}
      {check.actual.toFixed(4)} vs model output {check.expected.toFixed(4)} ({explanation.space} space, error {check.error.toExponential(1)})
    </p>
  );
}

export function ExplanationCard({ title, score, threshold, explanation, features, context }: Props) {
  const reasons = plainReasons(context);
  return (
    <Card className="lg:col-span-2">
      <CardHeader><CardTitle>{title}</CardTitle></CardHeader>
      <CardContent className="space-y-3">
        <ScoreGauge score={score} threshold={threshold} />
        {reasons.length > 0 && (
          <ul className="list-disc space-y-0.5 pl-5 text-sm" data-testid="plain-reasons">
            {reasons.map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
        )}
        {explanation ? (
          <>
            <ShapWaterfall explanation={explanation} features={features} />
            <ExplanationCheck explanation={explanation} score={score} />
          </>
        ) : (
          <p className="text-sm text-muted">The scoring service sent no explanation for this prediction.</p>
        )}
      </CardContent>
    </Card>
  );
}
