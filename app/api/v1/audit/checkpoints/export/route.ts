import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { exportCheckpoints } from "@/lib/audit/checkpoint-export";

export const GET = withApi({
  permission: "audit:read",
  handler: async ({ principal }) => {
    const document = await exportCheckpoints(actorOf(principal));
    const stamp = document.exportedAt.replace(/[:.]/g, "-");
    return new Response(`${JSON.stringify(document, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="vigil-audit-checkpoints-${stamp}.json"`,
        "cache-control": "no-store",
      },
    });
  },
});
