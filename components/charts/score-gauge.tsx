import { cn } from "@/components/ui/cn";

export type ScoreGaugeProps = {
  /** Model score in [0, 1]. */
  score: number;
  /** The decision threshold the score was compared against, in [0, 1]. */
  threshold: number;
  /** Hide the "0.93 vs threshold 0.80" text (e.g. in a table cell); the accessible name keeps it. */
  hideLabel?: boolean;
  className?: string;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Two decimals, unless score and threshold would print the same while differing: "0.80 vs
 * threshold 0.80" for a score below threshold would contradict the bar, so add digits until they part.
 */
export function formatScorePair(score: number, threshold: number): [string, string] {
  for (let digits = 2; digits <= 6; digits++) {
    const s = score.toFixed(digits);
    const t = threshold.toFixed(digits);
    if (s !== t || score === threshold) return [s, t];
  }
  return [score.toFixed(6), threshold.toFixed(6)];
}

/** A compact bar: filled to the score, with a tick at the threshold. Server-renderable. */
export function ScoreGauge({ score, threshold, hideLabel = false, className }: ScoreGaugeProps) {
  const [s, t] = formatScorePair(score, threshold);
  const above = score >= threshold;
  const text = `${s} vs threshold ${t}`;
  return (
    <div className={cn("flex min-w-0 items-center gap-2", className)} data-testid="score-gauge" title={hideLabel ? text : undefined}>
      <div
        role="meter"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={clamp01(score)}
        aria-valuetext={`Score ${s}, ${above ? "at or above" : "below"} threshold ${t}`}
        aria-label="Model score"
        className="relative h-1.5 w-full min-w-16 flex-1 rounded-full bg-raised ring-1 ring-border ring-inset"
      >
        <div
          className={cn("absolute inset-y-0 left-0 rounded-full", above ? "bg-push-up" : "bg-subtle")}
          style={{ width: `${clamp01(score) * 100}%` }}
        />
        {/* Taller than the track so the threshold reads even when the fill reaches past it. */}
        <div
          aria-hidden
          className="absolute -top-1 -bottom-1 w-0.5 -translate-x-1/2 rounded-full bg-fg"
          style={{ left: `${clamp01(threshold) * 100}%` }}
        />
      </div>
      {hideLabel ? null : (
        <span className="shrink-0 text-xs whitespace-nowrap text-muted">
          <span className={cn("font-mono font-medium", above ? "text-fg" : "text-muted")}>{s}</span> vs threshold{" "}
          <span className="font-mono">{t}</span>
        </span>
      )}
    </div>
  );
}
