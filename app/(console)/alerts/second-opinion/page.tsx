import { QueueTabs } from "@/components/alerts/queue-tabs";
import { SecondOpinionQueue } from "@/components/alerts/second-opinion-queue";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Second opinion" };

export default async function SecondOpinionPage() {
  const user = await requirePageUser("alerts:triage");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <QueueTabs current="second-opinion" role={user.role} />
      <SecondOpinionQueue />
    </div>
  );
}
