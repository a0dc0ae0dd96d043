"use client";
// The builder's two requests: preview (no side effects) and create (a new version).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { DatasetBuildIn, DatasetCreated, DatasetPreview } from "./schemas";

export const datasetKeys = { all: ["datasets"] as const };

export function usePreviewDataset() {
  return useMutation({ mutationFn: (input: DatasetBuildIn) => fetchJson<DatasetPreview>("/api/v1/datasets/preview", { method: "POST", body: input }) });
}

export function useCreateDataset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DatasetBuildIn) => fetchJson<DatasetCreated>("/api/v1/datasets", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: datasetKeys.all }),
  });
}
