import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { badRequest } from "@/lib/api/errors";
import { exportManifest } from "@/lib/predictions/export-stream";

export const GET = withApi({
  permission: "predictions:history",
  handler: ({ params }) => {
    const parsed = z.uuid().safeParse(params.id);
    if (!parsed.success) throw badRequest("The export id in the address is not a UUID", [{ path: ["params", "id"], message: "a UUID" }]);
    return exportManifest(parsed.data);
  },
});
