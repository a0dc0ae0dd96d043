import { withApi } from "@/lib/api/with-api";
import { idParam } from "@/lib/api/params";
import { sessionUserOf } from "@/lib/api/principal";
import { getReviewItem } from "@/lib/label-quality/reviews";

export const GET = withApi({ permission: "alerts:triage", handler: ({ params, principal }) => getReviewItem(idParam(params), sessionUserOf(principal)) });
