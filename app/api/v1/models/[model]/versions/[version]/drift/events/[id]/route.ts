import { idParam } from "@/lib/api/params";
import { actorOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { driftEventActionRequest } from "@/lib/monitoring/drift-request";
import { versionParams } from "@/lib/registry/version-params";
import { EventAction } from "@/lib/monitoring/schemas";

export const PATCH = withApi({
  permission: "models:retrain",
  body: EventAction,
  handler: ({ params, body, principal }) => driftEventActionRequest(versionParams(params), idParam(params), body.action, actorOf(principal)),
});
