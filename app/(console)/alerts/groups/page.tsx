import { AlertGroupsView } from "@/components/alerts/alert-groups-view";
import { QueueTabs } from "@/components/alerts/queue-tabs";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Alert groups" };

export default async function AlertGroupsPage() {
  const user = await requirePageUser("alerts:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Alert queue</h1>
      <QueueTabs current="groups" role={user.role} />
      <AlertGroupsView me={{ id: user.id, name: user.name }} role={user.role} />
    </div>
  );
}
