import { notFound } from "next/navigation";
import { AlertDetailView } from "@/components/alerts/alert-detail";
import { getAlertDetail } from "@/lib/alerts/detail";
import { AppError } from "@/lib/api/errors";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Alert" };

export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("alerts:read");
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const alert = await getAlertDetail(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return <AlertDetailView alert={alert} me={{ id: user.id, name: user.name }} role={user.role} serverNow={Date.now()} />;
}
