import { Suspense } from "react";
import { ActiveLearningQueue } from "@/components/alerts/active-learning-queue";
import { QueueTabs } from "@/components/alerts/queue-tabs";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Active learning" };

export default async function ActiveLearningPage() {
  const user = await requirePageUser("alerts:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <QueueTabs current="active-learning" role={user.role} />
      <Suspense>
        <ActiveLearningQueue role={user.role} />
      </Suspense>
    </div>
  );
}
