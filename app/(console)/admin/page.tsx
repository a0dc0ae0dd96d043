import Link from "next/link";
import { Suspense } from "react";
import { AdminConsole } from "@/components/admin/admin-console";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await requirePageUser("users:manage");
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-3">
        <h1 className="text-lg font-semibold">Admin</h1>
        <Link href="/api-docs" className="text-sm text-accent hover:underline" data-testid="api-docs-link">
          API reference
        </Link>
      </div>
      <Suspense>
        <AdminConsole selfId={user.id} canManageKeys={roleHas(user.role, "apikeys:manage")} serverNow={Date.now()} />
      </Suspense>
    </div>
  );
}
