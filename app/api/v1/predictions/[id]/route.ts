import { withApi } from "@/lib/api/with-api";
import { idParam } from "@/lib/api/params";
import { getPredictionRecord } from "@/lib/predictions/record";

export const GET = withApi({ permission: "predictions:history", handler: ({ params }) => getPredictionRecord(idParam(params)) });
