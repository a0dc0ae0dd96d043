import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInWithSsoAction } from "@/lib/auth/actions";
import { singleSignOnName } from "@/lib/auth/oidc";
import { currentUser } from "@/lib/auth/session";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Sign in" };

const SSO_ERRORS: Record<string, string> = {
  sso_no_role: "Your identity provider account is in no group that Vigil maps to a role. Ask an administrator.",
  sso_no_email: "Your identity provider did not share an email address.",
  sso_disabled: "This account is disabled in Vigil.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  if (await currentUser()) redirect("/alerts");
  const { next, error } = await searchParams;
  const sso = singleSignOnName();
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6 rounded-lg border border-border bg-panel p-8 shadow-xl">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold">Sign in to Vigil</h1>
          <p className="text-sm text-muted">Detections, explanations and verdicts for your SOC&apos;s models.</p>
        </div>
        {error && SSO_ERRORS[error] && <p role="alert" className="text-sm text-sev-critical" data-testid="sso-error">{SSO_ERRORS[error]}</p>}
        {sso && (
          <form action={signInWithSsoAction}>
            <input type="hidden" name="next" value={next ?? "/alerts"} />
            <Button type="submit" variant="secondary" className="w-full" data-testid="sso-sign-in">Sign in with {sso}</Button>
          </form>
        )}
        <SignInForm next={next} />
      </div>
    </main>
  );
}
