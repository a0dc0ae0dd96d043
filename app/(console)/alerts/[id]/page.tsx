import { AlertDetailView } from "@/components/alerts/alert-detail";
import { getAlertDetail } from "@/lib/alerts/detail";
import { loadPageRecord } from "@/lib/api/load-page-record";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Alert" };

export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("alerts:read");
  const alert = await loadPageRecord(params, getAlertDetail);
  return <AlertDetailView alert={alert} me={{ id: user.id, name: user.name }} role={user.role} serverNow={Date.now()} />;
}
