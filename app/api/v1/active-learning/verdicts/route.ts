import { withApi } from "@/lib/api/with-api";
import { sessionUserOf } from "@/lib/api/principal";
import { ActiveLearningVerdictIn } from "@/lib/active-learning/schemas";
import { labelPick } from "@/lib/active-learning/label";

export const POST = withApi({
  permission: "alerts:triage",
  body: ActiveLearningVerdictIn,
  status: 201,
  handler: ({ body, principal }) => labelPick(body, sessionUserOf(principal)),
});
