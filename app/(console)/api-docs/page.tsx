import { ApiReference } from "@/components/api-docs/api-reference";
import { curlExample } from "@/lib/api/openapi/curl";
import { openApiDocument, operationIdOf } from "@/lib/api/openapi/document";
import { API_ROUTES } from "@/lib/api/openapi/registry";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "API" };

// Every signed-in person may read the contract; what they may call is shown per endpoint.
export default async function ApiDocsPage() {
  const user = await requirePageUser();
  const curl = Object.fromEntries(API_ROUTES.map((route) => [operationIdOf(route), curlExample(route)]));
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">API</h1>
      <ApiReference document={openApiDocument()} curl={curl} keysHref={roleHas(user.role, "apikeys:manage") ? "/admin?tab=keys" : undefined} />
    </div>
  );
}
