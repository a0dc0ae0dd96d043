import { Suspense } from "react";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { PredictionSearch } from "@/components/audit/prediction-search";
import { versionOptions } from "@/lib/predictions/versions";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Prediction history" };

export default async function PredictionHistoryPage() {
  await requirePageUser("predictions:history");
  const versions = await versionOptions();
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Audit</h1>
      <AuditTabs current="predictions" showPredictions />
      <Suspense>
        <PredictionSearch versions={versions} />
      </Suspense>
    </div>
  );
}
