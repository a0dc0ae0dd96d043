import { notFound } from "next/navigation";
import { PredictionRecordView } from "@/components/audit/prediction-record";
import { AppError } from "@/lib/api/errors";
import { requirePageUser } from "@/lib/auth/session";
import { getPredictionRecord } from "@/lib/predictions/record";

export const metadata = { title: "Prediction" };

export default async function PredictionRecordPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("predictions:history");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const record = await getPredictionRecord(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return <PredictionRecordView record={record} />;
}
