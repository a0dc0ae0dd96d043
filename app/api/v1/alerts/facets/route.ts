import { withApi } from "@/lib/api/with-api";
import { queueFacets } from "@/lib/alerts/facets";

export const GET = withApi({ permission: "alerts:read", handler: () => queueFacets() });
