"use client";
// React Query hooks for the active-learning queue: the picks (with the budget), a verdict on one,
// and a lead's new budget.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { alertKeys } from "@/lib/alerts/query-keys";
import type { ActiveLearningQueue, ActiveLearningVerdictIn, ActiveLearningVerdictOut, BudgetIn, BudgetOut, Strategy } from "./schemas";

export type QueueParams = { model?: string; strategy: Strategy };

export const activeLearningKeys = {
  all: [...alertKeys.all, "active-learning"] as const,
  queue: (params: QueueParams) => [...activeLearningKeys.all, params.model ?? "", params.strategy] as const,
};

const urlOf = ({ model, strategy }: QueueParams) => `/api/v1/active-learning?${new URLSearchParams({ strategy, ...(model ? { model } : {}) })}`;

export function useActiveLearning(params: QueueParams) {
  return useQuery({ queryKey: activeLearningKeys.queue(params), queryFn: () => fetchJson<ActiveLearningQueue>(urlOf(params)), refetchInterval: 120_000 });
}

/** On success the item leaves the list and the meter moves at once; the server's list follows. */
export function useLabelPick(params: QueueParams) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ActiveLearningVerdictIn) => fetchJson<ActiveLearningVerdictOut>("/api/v1/active-learning/verdicts", { method: "POST", body: input }),
    onSuccess: (out) =>
      client.setQueryData<ActiveLearningQueue>(activeLearningKeys.queue(params), (queue) =>
        queue && {
          ...queue,
          budget: out.budget,
          usedToday: out.usedToday,
          remaining: out.remaining,
          items: out.remaining === 0 ? [] : queue.items.filter((item) => item.predictionId !== out.predictionId),
        },
      ),
    // Either way (a 409 means the list is stale): every strategy's list and the alert queue reload.
    onSettled: () => void client.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

export function useSetBudget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BudgetIn) => fetchJson<BudgetOut>("/api/v1/active-learning/budget", { method: "PUT", body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: activeLearningKeys.all }),
  });
}
