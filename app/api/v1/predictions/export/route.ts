import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { PredictionExportQuery } from "@/lib/predictions/schemas";
import { exportPredictions } from "@/lib/predictions/export-stream";

export const dynamic = "force-dynamic";

export const GET = withApi({
  permission: "exports:create",
  query: PredictionExportQuery,
  handler: ({ query, principal }) => exportPredictions(query, actorOf(principal)),
});
