import { Suspense } from "react";
import { AlertQueue } from "@/components/alerts/alert-queue";
import { QueueTabs } from "@/components/alerts/queue-tabs";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requirePageUser("alerts:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <QueueTabs current="alerts" role={user.role} />
      <Suspense>
        <AlertQueue me={{ id: user.id, name: user.name }} role={user.role} serverNow={Date.now()} />
      </Suspense>
    </div>
  );
}
