import { Suspense } from "react";
import { DatasetBuilder } from "@/components/datasets/dataset-builder";
import { DatasetList } from "@/components/datasets/dataset-list";
import { LabelQualitySection } from "@/components/label-quality/label-quality-section";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listDatasets } from "@/lib/datasets/read";
import { listModels } from "@/lib/registry/catalog";

export const metadata = { title: "Datasets" };
export const dynamic = "force-dynamic";

export default async function DatasetsPage() {
  const user = await requirePageUser("datasets:read");
  const canBuild = roleHas(user.role, "datasets:write");
  const [data, models] = await Promise.all([listDatasets(), canBuild ? listModels() : null]);
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Datasets</h1>
      {models ? <DatasetBuilder models={models.models.map((model) => ({ name: model.name, versions: model.versions.map((v) => v.version) }))} /> : null}
      <DatasetList data={data} />
      <Suspense>
        <LabelQualitySection />
      </Suspense>
    </div>
  );
}
