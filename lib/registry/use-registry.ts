"use client";
// React Query hooks for the registry screens and the changes a lead makes there. Every change
// invalidates the registry and the evaluations: a new threshold or stage changes both.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { evaluationKeys } from "@/lib/evaluation/use-evaluation";
import type { ModelList, ProposalOut, VersionDetail } from "./catalog-schemas";
import type { ProposalDecisionIn, PromotionIn, RollbackIn, ThresholdProposalIn } from "./governance-schemas";

/** Typed React Query keys for the registry: one factory, so invalidation always matches. */
export const registryKeys = {
  all: ["registry"] as const,
  models: () => [...registryKeys.all, "models"] as const,
  version: (model: string, version: string) => [...registryKeys.all, "version", model, version] as const,
};

const enc = encodeURIComponent;
export const versionPath = (model: string, version: string) => `/api/v1/models/${enc(model)}/versions/${enc(version)}`;

export function useModels() {
  return useQuery({ queryKey: registryKeys.models(), queryFn: () => fetchJson<ModelList>("/api/v1/models") });
}

export function useVersionDetail(model: string, version: string) {
  return useQuery({ queryKey: registryKeys.version(model, version), queryFn: () => fetchJson<VersionDetail>(versionPath(model, version)) });
}

function useInvalidateAll() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: registryKeys.all }), client.invalidateQueries({ queryKey: evaluationKeys.all })]);
}

export function useProposeThreshold(model: string, version: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: ThresholdProposalIn) => fetchJson<ProposalOut>(`${versionPath(model, version)}/threshold-proposals`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useDecideProposal(model: string, version: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, ...body }: ProposalDecisionIn & { id: number }) => fetchJson<ProposalOut>(`${versionPath(model, version)}/threshold-proposals/${id}/decision`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function usePromote(model: string, version: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: PromotionIn) => fetchJson<{ promotionId: number; toStage: string; replaced: string | null }>(`${versionPath(model, version)}/promotion`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useRollback(model: string) {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: RollbackIn) => fetchJson<{ version: string; restored: string | null }>(`/api/v1/models/${enc(model)}/rollback`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}
