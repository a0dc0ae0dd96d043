// From drift statistics over time to drift episodes: a feature that keeps drifting for days is
// one event, not one per day — leads asked for fewer, truer alarms, not more. Pure.
//
// Data drift is judged on trailing 7-day windows, one ending each day: a week holds every
// weekday once, like the baseline, so features with a weekly rhythm (off-hours activity) are
// not flagged every weekend, and a change still shows within a day or two of happening. Within
// the first window that crossed the threshold, the first day that crossed it on its own dates
// the onset.
//
// Performance drops are judged on complete ISO weeks (the performance report's windows) and
// classified by what the inputs did: see performanceEpisodes.
import { PSI_SIGNIFICANT } from "@/lib/stats/psi";
import { HIGHER_IS_BETTER } from "./performance";
import type { DriftKind, FeatureDriftOut, MetricName, MetricPoint, ScoreShiftOut, Severity, TrainingMetricsOut } from "./schemas";
import { DAY_MS } from "./time-windows";

export type WindowDrift = { from: number; to: number; features: readonly FeatureDriftOut[]; score: ScoreShiftOut };
export type DayDrift = { day: number; features: readonly FeatureDriftOut[] };

export type DataEpisode = {
  feature: string;
  /** the first window over the threshold: the episode's key */
  windowStart: number;
  windowEnd: number;
  /** end of the latest window over the threshold */
  lastSeenEnd: number;
  /** still over the threshold in the latest window evaluated */
  ongoing: boolean;
  onset: number | null;
  abrupt: boolean;
  severity: Severity;
  peakPsi: number;
  latestPsi: number;
  windows: number;
  /** the score distribution drifted in the episode's latest window */
  scoreDrift: boolean;
  scorePsi: number | null;
  reason: string;
};

/** A window below the threshold between two above it does not end an episode (one noisy day). */
export const EPISODE_GAP = 1;

function onsetOf(feature: string, first: WindowDrift, daily: readonly DayDrift[]): { onset: number | null; abrupt: boolean } {
  for (const day of daily) {
    if (day.day < first.from || day.day >= first.to) continue;
    const stats = day.features.find((f) => f.feature === feature);
    if (stats?.drift) return { onset: day.day, abrupt: (stats.psi ?? 0) > PSI_SIGNIFICANT };
  }
  return { onset: null, abrupt: false };
}

/** Runs of windows (oldest first) in which each feature drifted. */
export function dataDriftEpisodes(windows: readonly WindowDrift[], daily: readonly DayDrift[]): DataEpisode[] {
  if (windows.length === 0) return [];
  const latest = windows[windows.length - 1];
  const features = windows[0].features.map((f) => f.feature);
  const episodes: DataEpisode[] = [];
  for (const feature of features) {
    let run: { first: number; last: number } | null = null;
    const close = (last: number) => {
      if (!run) return;
      const firstWindow = windows[run.first];
      const lastWindow = windows[run.last];
      const series = windows.slice(run.first, run.last + 1).map((w) => w.features.find((f) => f.feature === feature));
      const psis = series.map((s) => (s?.drift ? (s.psi ?? 0) : 0));
      const peakPsi = Math.max(...psis);
      const latestStats = lastWindow.features.find((f) => f.feature === feature)!;
      const { onset, abrupt } = onsetOf(feature, firstWindow, daily);
      episodes.push({
        feature,
        windowStart: firstWindow.from,
        windowEnd: firstWindow.to,
        lastSeenEnd: lastWindow.to,
        ongoing: last === windows.length - 1,
        onset,
        abrupt,
        severity: peakPsi > PSI_SIGNIFICANT ? "significant" : "moderate",
        peakPsi,
        latestPsi: latestStats.psi ?? 0,
        windows: psis.filter((p) => p > 0).length,
        scoreDrift: lastWindow.score.drift,
        scorePsi: lastWindow.score.psi,
        reason: latestStats.reason,
      });
      run = null;
    };
    windows.forEach((window, i) => {
      const drift = window.features.find((f) => f.feature === feature)?.drift ?? false;
      if (drift) {
        if (run && i - run.last - 1 <= EPISODE_GAP) run.last = i;
        else {
          if (run) close(run.last);
          run = { first: i, last: i };
        }
      }
    });
    if (run) close((run as { last: number }).last);
  }
  // An episode is ongoing only if its feature still drifts in the latest window.
  for (const e of episodes) e.ongoing = e.lastSeenEnd === latest.to;
  return episodes;
}

// ── performance drops ────────────────────────────────────────────────────────────────────

export type WeekPerformance = {
  from: number;
  to: number;
  partial: boolean;
  metrics: Record<MetricName, MetricPoint>;
  /** confirmed attacks in the window: true-positive alert verdicts and audited positives */
  positives: number;
};

/** What the inputs did between the last good window (or the reference) and the dropped one. */
export type InputCheck = { features: string[]; scorePsi: number | null; against: "window" | "reference" };

export type PerformanceEpisode = {
  metric: MetricName;
  kind: DriftKind;
  windowStart: number;
  windowEnd: number;
  lastSeenEnd: number;
  ongoing: boolean;
  severity: Severity;
  estimate: number;
  lower: number | null;
  upper: number | null;
  training: number;
  relativeDrop: number;
  positives: number;
  lastGood: { from: number; to: number; estimate: number } | null;
  inputs: InputCheck;
  /** features that moved, but before performance was last fine for most of a window */
  explained: string[];
  /** features that moved since performance was last fine: the drop is put down to them */
  unexplained: string[];
  /**
   * No earlier week in range had the metric at its training level: a gap present since the
   * first week seen is not a change over time (drift) but a training–production gap — skew,
   * biased labels, or a drift older than the range. It may extend an event, never start one.
   */
  sinceFirstWeek: boolean;
};

/** The metric's relative worsening against training (positive = worse). */
export function relativeDrop(metric: MetricName, estimate: number, training: number): number {
  if (!(training > 0)) return 0;
  return HIGHER_IS_BETTER[metric] ? (training - estimate) / training : (estimate - training) / training;
}

/**
 * Drops a drift event can rest on: complete weeks whose metric is below the flag line with its
 * whole interval, on enough labelled evidence. Consecutive dropped weeks are one episode.
 *
 * Drift is a change over time: a metric that has been below training since the first week in
 * range is marked `sinceFirstWeek` (see PerformanceEpisode) rather than dated as a new drop.
 *
 * Kind: concept drift when performance fell while the inputs look stable — tested against the
 * last complete week in which the metric had not dropped (the inputs the model was still right
 * on), or against the reference when there is none. Features that did move are discounted when
 * their own drift episode began at least half a window before that good week ended: the model
 * kept performing on the shifted inputs, so the shift is not what broke it. Anything else that
 * moved makes it data drift.
 */
export function performanceEpisodes(
  weeks: readonly WeekPerformance[],
  training: TrainingMetricsOut,
  drop: number,
  check: (window: WeekPerformance, lastGood: WeekPerformance | null) => InputCheck,
  dataEpisodes: readonly DataEpisode[],
): PerformanceEpisode[] {
  const complete = weeks.filter((w) => !w.partial);
  const out: PerformanceEpisode[] = [];
  const metrics: MetricName[] = ["precision", "recall", "fpr"];
  for (const metric of metrics) {
    const trained = training[metric];
    if (trained === null) continue;
    const dropped = complete.map((w) => w.metrics[metric].confidentDrop && w.metrics[metric].sufficient);
    for (let i = 0; i < complete.length; i++) {
      if (!dropped[i] || (i > 0 && dropped[i - 1])) continue;
      let j = i;
      while (j + 1 < complete.length && dropped[j + 1]) j++;
      const first = complete[i];
      const last = complete[j];
      let good: WeekPerformance | null = null;
      for (let k = i - 1; k >= 0; k--) {
        const p = complete[k].metrics[metric];
        if (p.estimate !== null && !p.confidentDrop) {
          good = complete[k];
          break;
        }
      }
      const inputs = check(first, good);
      const explained: string[] = [];
      const unexplained: string[] = [];
      for (const feature of inputs.features) {
        const since = dataEpisodes
          .filter((e) => e.feature === feature && e.windowStart < first.to)
          .map((e) => e.onset ?? e.windowEnd - DAY_MS)
          .sort((a, b) => b - a)[0];
        const heldUpAfter = good !== null && since !== undefined && since <= good.to - Math.ceil((good.to - good.from) / DAY_MS / 2) * DAY_MS;
        (heldUpAfter ? explained : unexplained).push(feature);
      }
      const point = last.metrics[metric];
      const estimate = point.estimate!;
      const worst = Math.max(...complete.slice(i, j + 1).map((w) => relativeDrop(metric, w.metrics[metric].estimate!, trained)));
      out.push({
        metric,
        kind: unexplained.length === 0 ? "CONCEPT_DRIFT" : "DATA_DRIFT",
        windowStart: first.from,
        windowEnd: first.to,
        lastSeenEnd: last.to,
        ongoing: j === complete.length - 1,
        severity: worst >= 0.2 ? "significant" : "moderate",
        estimate,
        lower: point.lower,
        upper: point.upper,
        training: trained,
        relativeDrop: relativeDrop(metric, estimate, trained),
        positives: complete.slice(i, j + 1).reduce((a, w) => a + w.positives, 0),
        lastGood: good ? { from: good.from, to: good.to, estimate: good.metrics[metric].estimate! } : null,
        inputs,
        explained,
        unexplained,
        sinceFirstWeek: good === null,
      });
      i = j;
    }
  }
  return out;
}

