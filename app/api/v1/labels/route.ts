import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { LabelIn } from "@/lib/alerts/schemas";
import { importLabels } from "@/lib/alerts/import-labels";

export const POST = withApi({
  permission: "labels:write",
  body: z.array(LabelIn).min(1).max(5000),
  handler: ({ principal, body }) => importLabels(body, actorOf(principal)),
});
