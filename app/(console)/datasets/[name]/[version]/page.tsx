import { notFound } from "next/navigation";
import { DatasetVersionView } from "@/components/datasets/dataset-version";
import { RetrainChallenger } from "@/components/training/retrain-challenger";
import { AppError } from "@/lib/api/errors";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { datasetManifest } from "@/lib/datasets/read";
import { datasetParams } from "@/lib/datasets/route-params";
import { retrainPlan } from "@/lib/training/plan";

export const metadata = { title: "Dataset version" };
export const dynamic = "force-dynamic";

export default async function DatasetVersionPage({ params }: { params: Promise<{ name: string; version: string }> }) {
  const user = await requirePageUser("datasets:read");
  const raw = await params;
  // A malformed name or version, or one that does not exist, is the 404 page.
  const manifest = await Promise.resolve()
    .then(() => {
      const { name, version } = datasetParams(raw);
      return datasetManifest(name, version);
    })
    .catch((error: unknown) => {
      if (error instanceof URIError || (error instanceof AppError && (error.status === 404 || error.status === 400))) notFound();
      throw error;
    });
  const plan = roleHas(user.role, "models:retrain") ? await retrainPlan(manifest.name, manifest.version) : null;
  return <DatasetVersionView manifest={manifest} retrain={plan ? <RetrainChallenger dataset={manifest.name} version={manifest.version} plan={plan} /> : null} />;
}
