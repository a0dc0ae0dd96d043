import { MonitoringView } from "@/components/monitoring/monitoring-view";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Monitoring" };

export default async function MonitoringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("monitoring:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Monitoring</h1>
      <MonitoringView search={await searchParams} user={user} />
    </div>
  );
}
