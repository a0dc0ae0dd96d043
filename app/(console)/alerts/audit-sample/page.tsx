import { AuditSampleQueue } from "@/components/alerts/audit-sample-queue";
import { QueueTabs } from "@/components/alerts/queue-tabs";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Audit sample" };

export default async function AuditSamplePage() {
  const user = await requirePageUser("alerts:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <QueueTabs current="audit-sample" role={user.role} />
      <AuditSampleQueue />
    </div>
  );
}
