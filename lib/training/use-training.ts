"use client";
// Starting a retrain and following its run. The run is polled every second until it has
// finished; a finished run (and the registry, which gained a version) is then read fresh.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { registryKeys } from "@/lib/registry/use-registry";
import { isFinished, type RetrainIn, type RetrainStarted, type TrainingRunOut } from "./schemas";

export const trainingKeys = {
  all: ["training"] as const,
  run: (id: number) => [...trainingKeys.all, "run", id] as const,
};

const POLL_MS = 1_000;

export function useStartRetrain(dataset: string, version: number) {
  return useMutation({
    mutationFn: (body: RetrainIn) => fetchJson<RetrainStarted>(`/api/v1/datasets/${encodeURIComponent(dataset)}/versions/${version}/retrain`, { method: "POST", body }),
  });
}

export function useTrainingRun(id: number | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: trainingKeys.run(id ?? 0),
    enabled: id !== null,
    queryFn: async () => {
      const run = await fetchJson<TrainingRunOut>(`/api/v1/training-runs/${id}`);
      if (isFinished(run.status)) await client.invalidateQueries({ queryKey: registryKeys.all });
      return run;
    },
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : POLL_MS),
  });
}
