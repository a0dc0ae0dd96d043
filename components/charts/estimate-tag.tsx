import { ESTIMATE_LABELS, type Estimate } from "./prepare-evaluation";

/**
 * The line every evaluation chart and table carries: which estimate it shows. A figcaption
 * inside a chart's <figure>, a paragraph elsewhere.
 */
export function EstimateTag({ estimate, testId, as: Tag = "p" }: { estimate: Estimate; testId?: string; as?: "p" | "figcaption" }) {
  const label = ESTIMATE_LABELS[estimate];
  return (
    <Tag className="text-xs text-muted" data-testid={testId} data-estimate={estimate} title={label.long}>
      <span className="font-medium text-fg">{label.short}</span>
      {estimate === "alerted-only" ? <span> · recall relative to alerted events</span> : null}
    </Tag>
  );
}
