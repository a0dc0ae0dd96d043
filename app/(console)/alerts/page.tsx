import { Suspense } from "react";
import { AlertQueue } from "@/components/alerts/alert-queue";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Alerts" };

export default async function AlertsPage() {
  await requirePageUser("alerts:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <Suspense>
        <AlertQueue />
      </Suspense>
    </div>
  );
}
