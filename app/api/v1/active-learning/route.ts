import { withApi } from "@/lib/api/with-api";
import { ActiveLearningQuery } from "@/lib/active-learning/schemas";
import { activeLearningQueue } from "@/lib/active-learning/queue";

export const GET = withApi({ permission: "alerts:read", query: ActiveLearningQuery, handler: ({ query }) => activeLearningQueue(query) });
