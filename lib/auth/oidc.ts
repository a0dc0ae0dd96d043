import "server-only";
// The single sign-on settings of this deployment, if any (validated at start-up by lib/env).
import { env } from "@/lib/env";
import { oidcSettingsFrom, type OidcSettings } from "./oidc-settings";

export const OIDC_PROVIDER_ID = "oidc";

export const oidcSettings: OidcSettings | undefined = oidcSettingsFrom(env);

/** For the sign-in page: the identity provider's display name, when single sign-on is on. */
export function singleSignOnName(): string | undefined {
  return oidcSettings?.name;
}
