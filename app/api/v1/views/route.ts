import { withApi } from "@/lib/api/with-api";
import { sessionUserOf } from "@/lib/api/principal";
import { SavedViewIn } from "@/lib/alerts/schemas";
import { listViews, saveView } from "@/lib/alerts/saved-views";

export const GET = withApi({
  permission: "alerts:read",
  handler: ({ principal }) => listViews(sessionUserOf(principal).id),
});

export const POST = withApi({
  permission: "alerts:read",
  body: SavedViewIn,
  status: 201,
  handler: ({ principal, body }) => saveView(sessionUserOf(principal).id, body),
});
