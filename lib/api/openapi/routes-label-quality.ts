// Label quality: the blind second-opinion queue analysts work, and the report leads and auditors
// read from it. Client-safe.
import { LabelQualityQuery, LabelQualityReport, LabelReviewIn, LabelReviewItem, LabelReviewOut, LabelReviewPage, LabelReviewQuery, MIN_PAIRS_FOR_KAPPA, REVIEW_SAMPLE_RATE, REVIEW_WINDOW_DAYS } from "@/lib/label-quality/schemas";
import { numericId } from "./path-params";
import type { ApiRoute } from "./types";

const SAMPLE = `${REVIEW_SAMPLE_RATE * 100} % of the verdicts people gave in the last ${REVIEW_WINDOW_DAYS} days, chosen by a hash of the verdict's (label's) id`;

export const LABEL_QUALITY_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/label-reviews",
    tag: "Alerts",
    summary: "List the verdicts waiting for my second opinion",
    description: `The double-labelled sample: ${SAMPLE}, each offered for one blind second opinion. Rows carry the evidence only — never the verdict or who gave it — and leave out cases the caller judged, verdicts changed since, and verdicts that have their second opinion. Newest first; page on with \`cursor\` = the previous page's \`nextCursor\`. Signed-in people only.`,
    permission: "alerts:triage",
    query: LabelReviewQuery,
    queryDescriptions: { cursor: "the previous page's nextCursor" },
    response: { status: 200, description: "a page of verdicts to review, blind", name: "LabelReviewPage", schema: LabelReviewPage },
  },
  {
    method: "GET",
    path: "/api/v1/label-reviews/{id}",
    tag: "Alerts",
    summary: "Read one case for a blind second opinion",
    description: "The prediction behind the verdict (event, score, explanation, features against the baseline) without the verdict, and the caller's own second opinion once given. A verdict not offered to the caller reads as 404.",
    permission: "alerts:triage",
    params: { id: numericId("verdict (label)") },
    response: { status: 200, description: "the case, blind", name: "LabelReviewItem", schema: LabelReviewItem },
  },
  {
    method: "POST",
    path: "/api/v1/label-reviews",
    tag: "Alerts",
    summary: "Give a verdict its blind second opinion",
    description: "Records the caller's verdict on a sampled case beside the first one (it never replaces it: datasets and evaluation read only the first) and in the audit trail. Signed-in people only.",
    permission: "alerts:triage",
    body: { name: "LabelReviewIn", schema: LabelReviewIn, example: { labelId: 1, verdict: "FALSE_POSITIVE", reason: "known_benign_tool" } },
    response: { status: 201, description: "the second opinion", name: "LabelReviewOut", schema: LabelReviewOut },
    errors: [{ status: 409, description: "the caller judged this case or already reviewed it, another analyst gave the second opinion, or the verdict changed since it was offered" }],
  },
  {
    method: "GET",
    path: "/api/v1/label-quality",
    tag: "Datasets",
    summary: "Label quality: agreement, overturns and delay",
    description: `Over the verdicts people gave on the model's predictions (every model without \`model\`) whose event time is in [from, to): Cohen's kappa between each sampled verdict and its blind second opinion, over the four verdicts and over true vs false positive, with its standard error and 95 % interval (overall, and per first labeller from ${MIN_PAIRS_FOR_KAPPA} pairs); the share of verdicts later superseded by a different verdict; and the delay from the event to its first verdict (median and 90th percentile), per analyst and per reason code.`,
    permission: "datasets:read",
    query: LabelQualityQuery,
    queryDescriptions: { model: "a model's name; all models without it", from: "start of the event-time window (a date means its midnight UTC)", to: "end of the window, excluded" },
    response: { status: 200, description: "the report", name: "LabelQualityReport", schema: LabelQualityReport },
  },
];
