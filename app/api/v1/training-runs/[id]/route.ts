import { idParam } from "@/lib/api/params";
import { withApi } from "@/lib/api/with-api";
import { readTrainingRun } from "@/lib/training/runs";

export const dynamic = "force-dynamic";

export const GET = withApi({
  permission: "models:read",
  apiKeyScope: "models:write",
  handler: ({ params }) => readTrainingRun(idParam(params)),
});
