import { openApiDocument } from "@/lib/api/openapi/document";
import { withApi } from "@/lib/api/with-api";

// Public: the contract is no secret, and client generators fetch it without credentials.
export const GET = withApi({ permission: undefined, handler: async () => openApiDocument() });
