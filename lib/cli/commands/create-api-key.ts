import { createApiKey, isApiKeyScope } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { UsageError } from "../usage-error";

export async function runCreateApiKey(name: string, scopeList: string): Promise<void> {
  const scopes = scopeList.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = scopes.filter((scope) => !isApiKeyScope(scope));
  if (!scopes.length || unknown.length) {
    throw new UsageError(`unknown scope${unknown.length > 1 ? "s" : ""} ${unknown.join(", ") || "(none given)"}; scopes: ${API_KEY_SCOPES.join(", ")}`);
  }
  const key = await createApiKey({ name, scopes: scopes.filter(isApiKeyScope) });
  await recordAudit({ actor: { label: "cli" }, action: "apikey.created", target: `apikey:${key.id}`, details: { name, scopes } });
  console.error(`created API key "${name}" with scopes ${scopes.join(", ")}; it is shown only this once`);
  console.log(key.key);
}
