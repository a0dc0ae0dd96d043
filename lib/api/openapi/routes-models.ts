// The registry, evaluation, drift and governance: what leads, pipelines and auditors read and
// decide about model versions. Client-safe.
import { z } from "zod";
import { ComparisonQuery, ComparisonResponse, EvaluationQuery, EvaluationResponse } from "@/lib/evaluation/schemas";
import { DriftEventOut, DriftQuery, DriftResponse, EventAction, MonitoringSettings, MonitoringSettingsPatch } from "@/lib/monitoring/schemas";
import { FairnessQuery, FairnessResponse } from "@/lib/monitoring/fairness-schemas";
import { ModelList, ProposalOut, VersionDetail } from "@/lib/registry/catalog-schemas";
import { ProposalDecisionIn, PromotionIn, RollbackIn, ThresholdProposalIn } from "@/lib/registry/governance-schemas";
import { ModelName } from "@/lib/registry/schemas";
import { numericId } from "./path-params";
import type { ApiRoute, PathParam } from "./types";

const TAG = "Models";
const VERSION_PATH = "/api/v1/models/{model}/versions/{version}";
const model: PathParam = { description: "the model's name (letters, digits and _ . : -)", schema: ModelName, example: "intrusion-detector" };
const version: PathParam = { description: "the version (letters, digits and _ . + -)", schema: z.string().regex(/^[A-Za-z0-9_.+-]{1,64}$/), example: "1.0.0" };
const versionParams = { model, version };
const conflict = (description: string) => [{ status: 409, description }];

export const MODEL_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/models",
    tag: TAG,
    summary: "List models and their versions",
    permission: "models:read",
    response: { status: 200, description: "every model with its versions' stages and thresholds", name: "ModelList", schema: ModelList },
  },
  {
    method: "GET",
    path: VERSION_PATH,
    tag: TAG,
    summary: "Read one model version",
    description: "Lineage (training data, code commit, artifact), features, baseline, stage history, threshold proposals and promotions.",
    permission: "models:read",
    params: versionParams,
    response: { status: 200, description: "the version", name: "VersionDetail", schema: VersionDetail },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/evaluation`,
    tag: TAG,
    summary: "Evaluate a version on its verdicts",
    description: "ROC and PR curves with AUC and average precision (as scikit-learn computes them), calibration and the confusion at the threshold, over [from, to). Verdicts map to classes TRUE_POSITIVE → 1, FALSE_POSITIVE → 0; the others are excluded.",
    permission: "metrics:read",
    params: versionParams,
    query: EvaluationQuery,
    response: { status: 200, description: "the evaluation", name: "EvaluationResponse", schema: EvaluationResponse },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/comparison`,
    tag: TAG,
    summary: "Compare a challenger with the champion",
    permission: "metrics:read",
    params: versionParams,
    query: ComparisonQuery,
    queryDescriptions: { against: "the version to compare with; the production version when left out" },
    response: { status: 200, description: "both versions' metrics on the same events, and the promotion gate's checks", name: "ComparisonResponse", schema: ComparisonResponse },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/drift`,
    tag: TAG,
    summary: "Feature and score drift per window",
    description: "Per window and feature: PSI, KS, Wasserstein and a drift decision on effect size, against the registered baseline or `reference=FROM..TO`. Read from the daily roll-ups.",
    permission: "metrics:read",
    params: versionParams,
    query: DriftQuery,
    queryDescriptions: { from: "a UTC midnight", to: "a UTC midnight (excluded)", reference: "FROM..TO dates to compare against instead of the baseline" },
    response: { status: 200, description: "the drift report", name: "DriftResponse", schema: DriftResponse },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/fairness`,
    tag: TAG,
    summary: "Error rates per business unit",
    description: "False-positive and false-negative rates per group from the latest verdicts (audit-sample rows weighted 1/π), with Wilson 95 % intervals on the effective sample size, the four-fifths parity band (flagged above 1.25 × the lowest group's rate) and a minimum-n guard.",
    permission: "metrics:read",
    params: versionParams,
    query: FairnessQuery,
    queryDescriptions: { from: "a UTC instant or date", to: "a UTC instant or date (excluded)", groupBy: "the entity group (businessUnit)", minN: "labelled rows per class and group below which a rate is not judged (default 30)" },
    response: { status: 200, description: "the fairness report", name: "FairnessResponse", schema: FairnessResponse },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/drift/events`,
    tag: TAG,
    summary: "List drift events",
    permission: "metrics:read",
    params: versionParams,
    response: { status: 200, description: "the version's drift events", name: "DriftEventList", schema: z.object({ events: z.array(DriftEventOut) }) },
  },
  {
    method: "PATCH",
    path: `${VERSION_PATH}/drift/events/{id}`,
    tag: TAG,
    summary: "Acknowledge or reopen a drift event",
    permission: "models:retrain",
    params: { ...versionParams, id: numericId("drift event") },
    body: { name: "DriftEventAction", schema: EventAction, example: { action: "acknowledge" } },
    response: { status: 200, description: "the event after the action", name: "DriftEvent", schema: DriftEventOut },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/drift/settings`,
    tag: TAG,
    summary: "Read a version's monitoring settings",
    permission: "metrics:read",
    params: versionParams,
    response: { status: 200, description: "drift thresholds, correction, reference window", name: "MonitoringSettings", schema: MonitoringSettings },
  },
  {
    method: "PATCH",
    path: `${VERSION_PATH}/drift/settings`,
    tag: TAG,
    summary: "Change a version's monitoring settings",
    permission: "models:threshold",
    params: versionParams,
    body: { name: "MonitoringSettingsPatch", schema: MonitoringSettingsPatch, example: { psi: 0.2, correction: "holm" } },
    response: { status: 200, description: "the settings after the change", name: "MonitoringSettings", schema: MonitoringSettings },
  },
  {
    method: "GET",
    path: `${VERSION_PATH}/threshold-proposals`,
    tag: TAG,
    summary: "List threshold proposals",
    permission: "models:read",
    params: versionParams,
    response: { status: 200, description: "proposals, newest first", name: "ProposalList", schema: z.object({ proposals: z.array(ProposalOut) }) },
  },
  {
    method: "POST",
    path: `${VERSION_PATH}/threshold-proposals`,
    tag: TAG,
    summary: "Propose a new threshold",
    description: "A lead proposes, with a reason; another lead (or the proposer, confirming self-approval) decides. Signed-in people only.",
    permission: "models:threshold",
    params: versionParams,
    body: { name: "ThresholdProposalIn", schema: ThresholdProposalIn, example: { threshold: 0.85, reason: "Cut false positives on the backup window", preset: "siem-alerting" } },
    response: { status: 201, description: "the proposal", name: "ThresholdProposal", schema: ProposalOut },
    errors: conflict("another proposal is pending for this version"),
  },
  {
    method: "POST",
    path: `${VERSION_PATH}/threshold-proposals/{id}/decision`,
    tag: TAG,
    summary: "Approve, reject or withdraw a threshold proposal",
    description: "Anyone who can read models may withdraw their own proposal; approving and rejecting need models:threshold, checked by the service. Signed-in people only.",
    permission: "models:read",
    examplePermission: "models:threshold",
    params: { ...versionParams, id: numericId("proposal") },
    body: { name: "ProposalDecisionIn", schema: ProposalDecisionIn, example: { decision: "approve", note: "Matches last month's triage load" } },
    response: { status: 200, description: "the proposal after the decision", name: "ThresholdProposal", schema: ProposalOut },
    errors: conflict("the proposal was already decided"),
  },
  {
    method: "POST",
    path: `${VERSION_PATH}/promotion`,
    tag: TAG,
    summary: "Promote a version (shadow, canary, production)",
    description: "Production passes a gate: enough labels, no regression against the champion on the same events, a lead's approval with a reason. Signed-in people only.",
    permission: "models:promote",
    params: versionParams,
    body: { name: "PromotionIn", schema: PromotionIn, example: { toStage: "CANARY", reason: "Challenger matches recall with 20 % fewer alerts" } },
    response: { status: 201, description: "the promotion with the gate's checks" },
    errors: conflict("the gate refused the promotion, or the stage changed meanwhile"),
  },
  {
    method: "POST",
    path: "/api/v1/models/{model}/rollback",
    tag: TAG,
    summary: "Roll production back to the previous version",
    permission: "models:promote",
    params: { model },
    body: { name: "RollbackIn", schema: RollbackIn, example: { reason: "Alert volume tripled after the promotion" } },
    response: { status: 200, description: "which version production now runs" },
    errors: conflict("there is nothing to roll back to"),
  },
];
