import { actorOf } from "@/lib/api/principal";
import { withApi } from "@/lib/api/with-api";
import { settingsRequest, updateSettingsRequest } from "@/lib/monitoring/drift-request";
import { versionParams } from "@/lib/registry/version-params";
import { MonitoringSettingsPatch } from "@/lib/monitoring/schemas";

export const GET = withApi({ permission: "metrics:read", handler: ({ params }) => settingsRequest(versionParams(params)) });

export const PATCH = withApi({
  permission: "models:threshold",
  body: MonitoringSettingsPatch,
  handler: ({ params, body, principal }) => updateSettingsRequest(versionParams(params), body, actorOf(principal)),
});
