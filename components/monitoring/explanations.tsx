// What each drift statistic and chart means, in SOC terms (from the domain notes in seed/:
// concept vs data drift, PSI and KS for distributions, Wasserstein for unsupervised shift,
// performance monitoring with a 5 % alarm). Shared by the table headers and the cards.

export const PSI_HINT = (
  <>
    <strong>Population Stability Index.</strong> How much the mix of values moved between the reference and this window, over the baseline&apos;s ten
    quantile bins: Σ (now% − then%) · ln(now% / then%). Below 0.1 is stable, 0.1–0.25 a moderate shift, above 0.25 a significant one. It ignores sample
    size, so it says how big a shift is, not how sure we are of it.
  </>
);

export const KS_HINT = (
  <>
    <strong>Kolmogorov–Smirnov D</strong> is the largest gap between the two cumulative distributions (0 identical, 1 no overlap), with its p-value. At
    tens of thousands of events a day even a trivial gap is &quot;significant&quot;, so a feature only counts as drifting when D also exceeds 0.1 (or the
    noise level of a small window) and PSI passes its threshold — and p-values are corrected for testing every feature at once (Benjamini–Hochberg).
  </>
);

export const W1_HINT = (
  <>
    <strong>Wasserstein-1</strong> (earth mover&apos;s distance): how far values had to travel to turn the reference into this window, in the
    feature&apos;s own units — shown here in reference standard deviations so features compare. 0.5σ means the typical value moved half a standard
    deviation. Computed from the roll-ups&apos; bins, so shifts within a bin are approximate.
  </>
);

export const IMPORTANCE_HINT = (
  <>
    How much the model leans on the feature: |weight| × standard deviation of its input, from the registered model (for one-hot categoricals, summed over
    levels). Roll-ups keep no SHAP values yet, so mean |SHAP| is not used; for a linear model the two are proportional. Rows are sorted by importance × PSI:
    a big shift in a feature the model ignores matters less than a small one in a feature it relies on.
  </>
);

export const DRIFT_HINT = (
  <>
    <strong>Data drift</strong> is the inputs changing (P(x)) — new devices, an OS patch, a new log source. <strong>Concept drift</strong> is the meaning of
    the inputs changing (P(y|x)) — attackers adapting, so the same features no longer predict compromise. Data drift shows here without any labels;
    concept drift shows as performance falling while the inputs look stable.
  </>
);

export const PERFORMANCE_HINT = (
  <>
    Precision from analysts&apos; verdicts on alerts; recall and false-positive rate also need the attacks the model missed, which only the random audit
    sample below the threshold can find — they are inverse-probability weighted (each audited event stands for 1/π like it). Bands are 95 % bootstrap
    intervals resampling whole days. A window is flagged when the metric is more than the configured share worse than at training; a filled red dot means
    the whole interval is past the flag line. Verdicts: true positive = 1, false positive = 0, benign positive and undetermined left out.
  </>
);

export const CALIBRATION_HINT = (
  <>
    Whether a score of 0.3 still means &quot;attack 30 % of the time&quot;. Expected calibration error is the weighted gap between predicted and observed
    rates over ten score bins; the Brier score is the mean squared error of the scores. Both rising over time mean the scores are drifting from what they
    say, which breaks threshold tuning even when ranking is intact.
  </>
);

export const LABELS_HINT = (
  <>
    Performance is only as current as the verdicts behind it. Coverage is the share of alerts with a verdict; delay is the time from the event to its first
    verdict (alerts within minutes or hours, audit samples in a batch later). A falling coverage or a growing delay makes the newest windows&apos; metrics
    provisional.
  </>
);

export const SCORE_HINT = (
  <>
    The distribution of the model&apos;s scores against the reference (prediction drift). It needs no labels and summarises every input at once, weighted
    by how much the model uses it: inputs can drift while scores hold (the model does not care), and scores moving is the early sign that alert volume and
    precision will follow.
  </>
);
