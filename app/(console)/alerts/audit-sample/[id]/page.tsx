import { notFound } from "next/navigation";
import { AuditSampleDetail } from "@/components/alerts/audit-sample-detail";
import { getAuditSamplePrediction } from "@/lib/alerts/audit-sample";
import { AppError } from "@/lib/api/errors";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Audit sample" };

export default async function AuditSamplePredictionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("alerts:read");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const prediction = await getAuditSamplePrediction(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return <AuditSampleDetail prediction={prediction} role={user.role} />;
}
