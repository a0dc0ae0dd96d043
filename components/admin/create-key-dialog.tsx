"use client";
// A new API key: a name that says which client holds it, and only the scopes it needs. The
// secret is shown once, here, with a copy button; closing the dialog forgets it.
import { KeyRound, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { CodeBlock } from "@/components/api-docs/code-block";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import { API_KEY_SCOPES, type ApiKeyScope } from "@/lib/auth/permissions";
import { SCOPE_HINTS, type ApiKeyCreated } from "@/lib/users/schemas";
import { useCreateApiKey } from "@/lib/users/use-admin";

export function CreateKeyButton() {
  const [open, setOpen] = useState(false);
  const create = useCreateApiKey();
  const close = () => {
    create.reset(); // forgets the secret
    setOpen(false);
  };
  return (
    <>
      <Button type="button" size="sm" onClick={() => setOpen(true)} data-testid="create-key">
        <KeyRound aria-hidden /> New API key
      </Button>
      <Dialog
        open={open}
        // While the secret is on screen, a stray click or Escape must not lose it: only the
        // "I have copied it" button closes.
        onOpenChange={(next) => (next ? setOpen(true) : !create.data && close())}
        title="New API key"
        description="For a scoring service, pipeline or integration: keys carry scopes, not a role."
        testId="create-key-dialog"
        className="w-[min(40rem,calc(100vw-2rem))]"
      >
        {!open ? null : create.data ? (
          <SecretOnce created={create.data} onDone={close} />
        ) : (
          <CreateKeyForm pending={create.isPending} error={create.error?.message} onCancel={close} onSubmit={(input) => create.mutate(input)} />
        )}
      </Dialog>
    </>
  );
}

function CreateKeyForm({ pending, error, onCancel, onSubmit }: { pending: boolean; error?: string; onCancel: () => void; onSubmit: (input: { name: string; scopes: ApiKeyScope[] }) => void }) {
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const toggle = (scope: ApiKeyScope) => setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (scopes.length) onSubmit({ name, scopes });
      }}
    >
      <div className="space-y-1">
        <Label htmlFor="new-key-name">Name</Label>
        <Input id="new-key-name" required maxLength={100} placeholder="e.g. edr-scorer-prod" value={name} onChange={(e) => setName(e.target.value)} data-testid="new-key-name" />
      </div>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium text-muted">Scopes (at least one; grant only what the client needs)</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" checked={scopes.includes(scope)} onChange={() => toggle(scope)} data-testid={`scope-${scope}`} />
            <span>
              <span className="font-mono">{scope}</span> <span className="text-muted">— {SCOPE_HINTS[scope]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || !scopes.length || !name.trim()} data-testid="new-key-submit">
          {pending ? "Creating…" : "Create key"}
        </Button>
      </div>
    </form>
  );
}

function SecretOnce({ created, onDone }: { created: ApiKeyCreated; onDone: () => void }) {
  const example = created.key.scopes.includes("predictions:write")
    ? `curl -X POST "$VIGIL_URL/api/v1/predictions" \\\n  -H "Authorization: Bearer ${created.secret}" \\\n  -H "Content-Type: application/x-ndjson" --data-binary @predictions.ndjson`
    : `curl "$VIGIL_URL/api/v1/openapi.json" -H "Authorization: Bearer ${created.secret}"`;
  return (
    <div className="space-y-3" data-testid="key-secret">
      <p className="flex items-start gap-2 rounded-md border border-sev-medium/40 bg-sev-medium/10 p-2 text-sm">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-sev-medium" />
        <span>
          Copy the key for <strong>{created.key.name}</strong> now and put it in the client&apos;s secret store. Vigil keeps only a hash: it cannot show it again.
        </span>
      </p>
      <CodeBlock code={created.secret} testId="key-secret-value" />
      <p className="text-xs text-muted">Use it as a bearer token:</p>
      <CodeBlock code={example} />
      <div className="flex justify-end">
        <Button type="button" onClick={onDone} data-testid="key-secret-done">
          I have copied it
        </Button>
      </div>
    </div>
  );
}
