import { DriftBanner } from "@/components/monitoring/drift-banner";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction } from "@/lib/auth/actions";
import { roleHas, SECTIONS } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const sections = SECTIONS.filter((s) => roleHas(user.role, s.permission)).map(({ href, label, ready }) => ({ href, label, ready }));
  return (
    <AppShell user={user} sections={sections} signOutAction={signOutAction} notice={<DriftBanner role={user.role} variant="badge" />}>
      {children}
    </AppShell>
  );
}
