// Active learning: the queue of unlabelled predictions worth a verdict most, within a daily
// labelling budget per model. Client-safe.
import {
  ActiveLearningQueue,
  ActiveLearningQuery,
  ActiveLearningVerdictIn,
  ActiveLearningVerdictOut,
  BudgetIn,
  BudgetOut,
  DEFAULT_DAILY_BUDGET,
  DEFAULT_WINDOW_DAYS,
  MAX_WINDOW_DAYS,
} from "@/lib/active-learning/schemas";
import type { ApiRoute } from "./types";

const TAG = "Alerts";

export const ACTIVE_LEARNING_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/active-learning",
    tag: TAG,
    summary: "List the active-learning picks",
    description:
      `Unlabelled predictions of the model's production version (the champion) from the last \`days\` days (default ${DEFAULT_WINDOW_DAYS}, at most ${MAX_WINDOW_DAYS}), best first, at most what today's budget leaves. ` +
      "`uncertainty`: smallest |score − threshold| in probability space, against the champion's operating threshold, alerts and below-threshold predictions alike. " +
      "`disagreement`: events a challenger (shadow or canary version) scored too, a decision flip first (one over its own threshold, the other not), then the biggest |score difference|. " +
      "Left out: events with a verdict on any version's prediction, audit-sample predictions (their own queue labels them) and alerts someone is working. " +
      `The budget counts active-learning verdicts given on the model since midnight UTC (default ${DEFAULT_DAILY_BUDGET} a day until a lead sets one). Without \`model\`, the first model by name with a production version.`,
    permission: "alerts:read",
    query: ActiveLearningQuery,
    queryDescriptions: {
      model: "a model's name; the first with a production version without it",
      strategy: "uncertainty (nearest the threshold) or disagreement (champion vs challenger)",
      days: "how far back to look, in days",
      limit: "most picks returned (and never more than the budget leaves)",
    },
    response: { status: 200, description: "the budget and the picks", name: "ActiveLearningQueue", schema: ActiveLearningQueue },
  },
  {
    method: "POST",
    path: "/api/v1/active-learning/verdicts",
    tag: TAG,
    summary: "Label an active-learning pick",
    description:
      "Records the verdict with source ACTIVE_LEARNING (it supersedes nothing: the event had no verdict), resolves the alert if the prediction raised one, and audits it. " +
      "Below the threshold no detection fired, so a false positive only means benign and needs no reason; on an alert it needs one. " +
      "These verdicts are a non-random selection: datasets may use them, evaluation leaves them out of its inverse-probability-weighted estimates. Signed-in people only.",
    permission: "alerts:triage",
    body: { name: "ActiveLearningVerdictIn", schema: ActiveLearningVerdictIn, example: { predictionId: 3, verdict: "TRUE_POSITIVE", note: "confirmed beaconing" } },
    response: { status: 201, description: "the verdict and what is left of today's budget", name: "ActiveLearningVerdictOut", schema: ActiveLearningVerdictOut },
    errors: [
      {
        status: 409,
        description: "today's budget for the model is spent, the event already has a verdict, someone else is working its alert, or the prediction is not the champion's or is in the audit sample",
      },
    ],
  },
  {
    method: "PUT",
    path: "/api/v1/active-learning/budget",
    tag: TAG,
    summary: "Set a model's daily active-learning budget",
    description: "How many active-learning verdicts the team gives the model per UTC day (0 pauses the queue). Leads, or a key with datasets:write: these verdicts become training data. Audited.",
    permission: "datasets:write",
    body: { name: "BudgetIn", schema: BudgetIn, example: { model: "intrusion-detector", dailyBudget: 40 } },
    response: { status: 200, description: "the new budget", name: "BudgetOut", schema: BudgetOut },
  },
];
