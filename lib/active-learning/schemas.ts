// Active learning: the queue of unlabelled predictions whose verdict would teach the model the
// most, within a daily labelling budget per model. Client-safe (zod only).
import { z } from "zod";
import { Reason, Verdict } from "@/lib/alerts/schemas";
import { ReasonCode } from "@/lib/alerts/triage-rules";
import { Explanation } from "@/lib/ingest/schemas";
import { Baseline, Stage } from "@/lib/registry/schemas";

export const STRATEGIES = ["uncertainty", "disagreement"] as const;
export const Strategy = z.enum(STRATEGIES);
export type Strategy = z.infer<typeof Strategy>;

export const STRATEGY_LABELS: Record<Strategy, string> = {
  uncertainty: "Nearest the threshold",
  disagreement: "Champion vs challenger",
};

/** Picks per model per UTC day when a lead has not set a budget. */
export const DEFAULT_DAILY_BUDGET = 50;
export const MAX_DAILY_BUDGET = 10_000;
/** How far back the queue looks for predictions (days); bounded so the scan stays small. */
export const DEFAULT_WINDOW_DAYS = 7;
export const MAX_WINDOW_DAYS = 30;

const ModelName = z.string().trim().min(1).max(200);

export const ActiveLearningQuery = z.object({
  /** a model's name; without it, the first model (by name) with a production version */
  model: ModelName.optional(),
  strategy: Strategy.default("uncertainty"),
  days: z.coerce.number().int().min(1).max(MAX_WINDOW_DAYS).default(DEFAULT_WINDOW_DAYS),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ActiveLearningQuery = z.infer<typeof ActiveLearningQuery>;

/** Why a prediction was picked: its distance to the threshold, or how champion and challenger differ. */
export const PickReason = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("uncertainty"),
    /** |score − threshold|, in probability space (scores are probabilities in [0, 1]) */
    distance: z.number(),
    side: z.enum(["above", "below"]),
  }),
  z.object({
    kind: z.literal("disagreement"),
    challenger: z.object({ version: z.string(), stage: Stage, score: z.number(), threshold: z.number() }),
    /** champion score − challenger score */
    difference: z.number(),
    /** one version's score is over its threshold and the other's is not */
    flip: z.boolean(),
  }),
]);
export type PickReason = z.infer<typeof PickReason>;

const Features = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));

export const ActiveLearningItem = z.object({
  predictionId: z.number(),
  eventId: z.string(),
  time: z.string(),
  score: z.number(),
  /** the champion's operating threshold now */
  threshold: z.number(),
  /** the prediction raised an alert (still new and unassigned, or it would not be offered) */
  alertId: z.number().nullable(),
  entity: z.object({ host: z.string().nullable(), user: z.string().nullable(), sourceIp: z.string().nullable(), businessUnit: z.string().nullable() }),
  topReasons: z.array(Reason),
  features: Features,
  explanation: Explanation.nullable(),
  why: PickReason,
});
export type ActiveLearningItem = z.infer<typeof ActiveLearningItem>;

export const BudgetSetting = z.object({
  /** false: no lead has set one, the default applies */
  set: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const ActiveLearningQueue = z.object({
  model: z.string(),
  /** models with a production version: what the model switch offers */
  models: z.array(z.string()),
  strategy: Strategy,
  champion: z.object({ version: z.string(), threshold: z.number() }),
  challengers: z.array(z.object({ version: z.string(), stage: Stage, threshold: z.number() })),
  window: z.object({ from: z.string(), to: z.string(), days: z.number() }),
  /** active-learning verdicts allowed per UTC day for this model */
  budget: z.number(),
  usedToday: z.number(),
  remaining: z.number(),
  budgetSetting: BudgetSetting,
  /** when today's budget renews (the next midnight UTC) */
  renewsAt: z.string(),
  baseline: Baseline.nullable(),
  /** at most `remaining` (and `limit`) picks, best first */
  items: z.array(ActiveLearningItem),
});
export type ActiveLearningQueue = z.infer<typeof ActiveLearningQueue>;

/**
 * A verdict on a picked prediction. Below the threshold no detection fired, so "false positive"
 * only means benign and needs no reason; on an alert it needs one, as in the alert queue.
 */
export const ActiveLearningVerdictIn = z
  .object({
    predictionId: z.number().int().positive(),
    verdict: Verdict,
    reason: ReasonCode.optional(),
    note: z.string().trim().max(5000).optional(),
  })
  .strict();
export type ActiveLearningVerdictIn = z.infer<typeof ActiveLearningVerdictIn>;

export const ActiveLearningVerdictOut = z.object({
  predictionId: z.number(),
  labelId: z.number(),
  verdict: Verdict,
  budget: z.number(),
  usedToday: z.number(),
  remaining: z.number(),
});
export type ActiveLearningVerdictOut = z.infer<typeof ActiveLearningVerdictOut>;

export const BudgetIn = z
  .object({
    model: ModelName,
    dailyBudget: z.number().int("a whole number of verdicts").min(0, "0 (pause) or more").max(MAX_DAILY_BUDGET, `at most ${MAX_DAILY_BUDGET.toLocaleString("en-US")} a day`),
  })
  .strict();
export type BudgetIn = z.infer<typeof BudgetIn>;

export const BudgetOut = z.object({ model: z.string(), dailyBudget: z.number(), previous: z.number(), updatedBy: z.string(), updatedAt: z.string() });
export type BudgetOut = z.infer<typeof BudgetOut>;
