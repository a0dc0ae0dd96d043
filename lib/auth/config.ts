import "server-only";
// Auth.js v5: credentials sign-in, and single sign-on through an OpenID Connect provider when
// VIGIL_OIDC_* are set; JWT sessions carrying the role. Each session is re-checked against the
// user row at most every VIGIL_SESSION_RECHECK_SECONDS, so a disabled or re-roled user loses
// (or changes) access within that time.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { OIDC_PROVIDER_ID, oidcSettings } from "./oidc";
import { signInWithOidc } from "./oidc-sign-in";
import { checkCredentials, stillValid } from "./sign-in";
import type { Role } from "./permissions";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) return null;
        const outcome = await checkCredentials(email, password, clientAddress(request));
        if (!outcome.ok) {
          if (outcome.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        const { id, name, role, sessionVersion } = outcome.user;
        return { id, email: outcome.user.email, name, role, sessionVersion };
      },
    }),
    ...(oidcSettings
      ? [
          {
            id: OIDC_PROVIDER_ID,
            name: oidcSettings.name,
            type: "oidc" as const,
            issuer: oidcSettings.issuer,
            clientId: oidcSettings.clientId,
            clientSecret: oidcSettings.clientSecret,
            authorization: { params: { scope: oidcSettings.scopes } },
            checks: ["pkce" as const, "state" as const, "nonce" as const],
          },
        ]
      : []),
  ],
  callbacks: {
    // Single sign-on: provision or refuse the person, then hand the jwt callback our user (the
    // same object, as Auth.js passes it on without a database adapter).
    signIn: async ({ user, account, profile }) => {
      if (account?.provider !== OIDC_PROVIDER_ID || !oidcSettings) return true;
      const outcome = await signInWithOidc((profile ?? {}) as Record<string, unknown>, oidcSettings);
      if (!outcome.ok) return `/login?error=sso_${outcome.reason}`;
      Object.assign(user, outcome.user);
      return true;
    },
    jwt: async ({ token, user }) => {
      const now = Date.now();
      if (user) {
        const signedIn = user as { id: string; role: Role; sessionVersion: number };
        return { ...token, uid: signedIn.id, role: signedIn.role, sv: signedIn.sessionVersion, checkedAt: now };
      }
      if (now - Number(token.checkedAt ?? 0) < env.VIGIL_SESSION_RECHECK_SECONDS * 1000) return token;
      const current = await stillValid(String(token.uid), Number(token.sv));
      if (!current) return null;
      return { ...token, role: current.role, name: current.name, checkedAt: now };
    },
    session: async ({ session, token }) => {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      return session;
    },
  },
  events: {
    signOut: async (message) => {
      const token = "token" in message ? message.token : null;
      if (token?.uid) {
        await recordAudit({ actor: { id: String(token.uid), label: String(token.email) }, action: "auth.sign_out", target: `user:${token.email}` });
      }
    },
  },
});
