import "server-only";
// Datasets and their versions as the list page and the API read them.
import { notFound } from "@/lib/api/errors";
import { prisma } from "@/lib/db/client";
import type { DatasetList, DatasetManifest } from "./schemas";

export async function listDatasets(): Promise<DatasetList> {
  const datasets = await prisma().dataset.findMany({
    orderBy: { name: "asc" },
    select: {
      name: true,
      description: true,
      createdAt: true,
      versions: { orderBy: { version: "desc" }, select: { version: true, rows: true, positives: true, sha256: true, createdBy: true, createdAt: true } },
    },
  });
  return {
    datasets: datasets.map((dataset) => ({
      name: dataset.name,
      description: dataset.description,
      createdAt: dataset.createdAt.toISOString(),
      versions: dataset.versions.map((version) => ({ ...version, createdAt: version.createdAt.toISOString() })),
    })),
  };
}

export async function findVersion(name: string, version: number) {
  const found = await prisma().datasetVersion.findFirst({
    where: { version, dataset: { name } },
    select: { id: true, version: true, sha256: true, rows: true, manifest: true },
  });
  if (!found) throw notFound(`No version ${version} of dataset ${name}`);
  return found;
}

export async function datasetManifest(name: string, version: number): Promise<DatasetManifest> {
  return (await findVersion(name, version)).manifest as DatasetManifest;
}
