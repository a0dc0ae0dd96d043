import { withApi } from "@/lib/api/with-api";
import { sessionUserOf } from "@/lib/api/principal";
import { LabelReviewIn, LabelReviewQuery } from "@/lib/label-quality/schemas";
import { listReviewQueue, recordReview } from "@/lib/label-quality/reviews";

export const GET = withApi({
  permission: "alerts:triage",
  query: LabelReviewQuery,
  handler: ({ query, principal }) => listReviewQueue(query, sessionUserOf(principal)),
});

export const POST = withApi({
  permission: "alerts:triage",
  body: LabelReviewIn,
  status: 201,
  handler: ({ body, principal }) => recordReview(body, sessionUserOf(principal)),
});
