import Link from "next/link";
import { featureContext } from "@/lib/alerts/feature-context";
import type { LabelReviewItem } from "@/lib/label-quality/schemas";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EventFactsCard, eventFacts, type EventFact } from "./event-facts-card";
import { ExplanationCard } from "./explanation-card";
import { FeatureTable } from "./feature-table";
import { SecondOpinionPanel } from "./second-opinion-panel";

/** A sampled case as the second analyst sees it: the evidence, and nothing of the first verdict. */
export function SecondOpinionDetail({ item }: { item: LabelReviewItem }) {
  const features = featureContext(item.features, item.explanation, item.baseline);
  const facts: EventFact[] = [...eventFacts(item), ["Predicted attack", item.attackType?.replaceAll("_", " ")]];
  return (
    <div className="space-y-4" data-testid="second-opinion-detail">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/alerts/second-opinion" className="text-sm text-muted hover:text-fg">← Second opinion</Link>
        <h1 className="text-lg font-semibold">Second opinion · case {item.labelId}</h1>
        <span className="text-sm text-muted">blind: the first verdict stays hidden</span>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <ExplanationCard title="What the model saw" score={item.score} threshold={item.threshold} explanation={item.explanation} features={item.features} context={features} />
        <div className="space-y-4">
          <EventFactsCard facts={facts} />
          <SecondOpinionPanel initial={item} />
        </div>
      </div>
      <Card>
        <CardHeader><CardTitle>Feature values</CardTitle></CardHeader>
        <CardContent><FeatureTable rows={features} /></CardContent>
      </Card>
    </div>
  );
}
