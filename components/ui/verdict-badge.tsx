import { Badge } from "./badge";
import { cn } from "./cn";

export const VERDICTS = ["TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE", "UNDETERMINED"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  TRUE_POSITIVE: "True positive",
  FALSE_POSITIVE: "False positive",
  BENIGN_POSITIVE: "Benign positive",
  UNDETERMINED: "Undetermined",
};

/** One-line meanings for tooltips and verdict pickers: analysts confuse FP and BP most. */
export const VERDICT_HINTS: Record<Verdict, string> = {
  TRUE_POSITIVE: "Malicious activity the model rightly flagged",
  FALSE_POSITIVE: "The model was wrong: nothing malicious or unusual happened",
  BENIGN_POSITIVE: "Real suspicious-looking activity that was authorised (e.g. a pentest, an admin script)",
  UNDETERMINED: "Not enough evidence to decide",
};

const styles: Record<Verdict, string> = {
  TRUE_POSITIVE: "bg-verdict-tp/12 text-verdict-tp ring-verdict-tp/30",
  FALSE_POSITIVE: "bg-verdict-fp/12 text-verdict-fp ring-verdict-fp/30",
  BENIGN_POSITIVE: "bg-verdict-bp/12 text-verdict-bp ring-verdict-bp/30",
  UNDETERMINED: "bg-transparent text-verdict-und ring-border-strong",
};

/** Short codes as a glyph so the badge is not colour-only. */
const codes: Record<Verdict, string> = { TRUE_POSITIVE: "TP", FALSE_POSITIVE: "FP", BENIGN_POSITIVE: "BP", UNDETERMINED: "?" };

export type VerdictBadgeProps = {
  verdict: Verdict;
  /** Only the TP/FP/BP/? code (full label kept for screen readers and on hover), for dense tables. */
  compact?: boolean;
  className?: string;
};

export function VerdictBadge({ verdict, compact = false, className }: VerdictBadgeProps) {
  return (
    <Badge className={cn(styles[verdict], className)} data-verdict={verdict} title={VERDICT_HINTS[verdict]}>
      <span aria-hidden className={cn("font-mono", compact ? "text-[11px]" : "text-[10px] opacity-80")}>
        {codes[verdict]}
      </span>
      <span className={compact ? "sr-only" : undefined}>{VERDICT_LABELS[verdict]}</span>
    </Badge>
  );
}
