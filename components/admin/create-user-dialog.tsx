"use client";
// A new person: email, name, role and a first password. The password policy is checked as
// they type, in the server's own words (lib/auth/password-policy is shared).
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { passwordProblem } from "@/lib/auth/password-policy";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { ROLE_HINTS } from "@/lib/users/schemas";
import { useCreateUser } from "@/lib/users/use-admin";

export function CreateUserButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" size="sm" onClick={() => setOpen(true)} data-testid="create-user">
        <UserPlus aria-hidden /> New person
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="New person" description="They sign in with this email and password; share the password through a separate channel." testId="create-user-dialog">
        {open ? <CreateUserForm onDone={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const create = useCreateUser();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("ANALYST");
  const [password, setPassword] = useState("");
  const problem = password ? passwordProblem(password, { email, name }) : undefined;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (problem) return;
        create.mutate({ email, name: name || undefined, role, password }, { onSuccess: onDone });
      }}
    >
      <div className="space-y-1">
        <Label htmlFor="new-user-email">Email</Label>
        <Input id="new-user-email" type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} data-testid="new-user-email" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="new-user-name">Name (optional)</Label>
        <Input id="new-user-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="new-user-role">Role</Label>
        <Select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="new-user-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r.toLowerCase()}: {ROLE_HINTS[r]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="new-user-password">Password</Label>
        <Input
          id="new-user-password"
          type="password"
          required
          autoComplete="new-password"
          value={password}
          aria-invalid={!!problem || undefined}
          aria-describedby="new-user-password-hint"
          onChange={(e) => setPassword(e.target.value)}
          data-testid="new-user-password"
        />
        <p id="new-user-password-hint" className={problem ? "text-xs text-danger" : "text-xs text-muted"}>
          {problem ? `The password ${problem}.` : "At least 12 characters, letters with digits or symbols; not a common password, the email or the name."}
        </p>
      </div>
      {create.error ? (
        <p role="alert" className="text-sm text-danger">
          {create.error.message}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={create.isPending || !!problem} data-testid="new-user-submit">
          {create.isPending ? "Creating…" : "Create"}
        </Button>
      </div>
    </form>
  );
}
