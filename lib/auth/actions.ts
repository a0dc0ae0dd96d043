"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "./config";
import { OIDC_PROVIDER_ID, oidcSettings } from "./oidc";

export type SignInState = { error?: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const next = String(form.get("next") ?? "/alerts");
  try {
    await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/alerts",
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return {
        error: code === "throttled" ? "Too many failed attempts. Wait a few minutes and try again." : "Wrong email or password.",
      };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

/** "Sign in with <IdP>": for a form on the sign-in page, shown when singleSignOnName() is set. */
export async function signInWithSsoAction(form: FormData): Promise<void> {
  if (!oidcSettings) return;
  const next = String(form.get("next") ?? "/alerts");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/alerts" });
}
