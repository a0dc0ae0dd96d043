import { AuditSampleDetail } from "@/components/alerts/audit-sample-detail";
import { getAuditSamplePrediction } from "@/lib/alerts/audit-sample";
import { loadPageRecord } from "@/lib/api/load-page-record";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Audit sample" };

export default async function AuditSamplePredictionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("alerts:read");
  const prediction = await loadPageRecord(params, getAuditSamplePrediction);
  return <AuditSampleDetail prediction={prediction} role={user.role} />;
}
