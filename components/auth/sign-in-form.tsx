"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" aria-describedby={state.error ? "sign-in-error" : undefined}>
      <input type="hidden" name="next" value={next ?? "/alerts"} />
      <label className="block space-y-1 text-sm">
        <span className="text-muted">Email</span>
        <Input name="email" type="email" autoComplete="username" required autoFocus data-testid="email" />
      </label>
      <label className="block space-y-1 text-sm">
        <span className="text-muted">Password</span>
        <Input name="password" type="password" autoComplete="current-password" required data-testid="password" />
      </label>
      {state.error && (
        <p id="sign-in-error" role="alert" data-testid="sign-in-error" className="text-sm text-sev-critical">
          {state.error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending} data-testid="sign-in">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
