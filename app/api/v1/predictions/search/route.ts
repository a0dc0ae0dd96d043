import { withApi } from "@/lib/api/with-api";
import { PredictionSearchQuery } from "@/lib/predictions/schemas";
import { searchPredictions } from "@/lib/predictions/search";

export const GET = withApi({ permission: "predictions:history", query: PredictionSearchQuery, handler: ({ query }) => searchPredictions(query) });
