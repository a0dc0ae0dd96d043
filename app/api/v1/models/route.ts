import { withApi } from "@/lib/api/with-api";
import { listModels } from "@/lib/registry/catalog";

export const GET = withApi({ permission: "models:read", handler: () => listModels() });
