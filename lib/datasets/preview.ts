import "server-only";
// What a dataset would hold, without creating it (the builder's preview).
import { resolveFilter } from "./filter";
import { loadCandidates } from "./load-candidates";
import type { DatasetBuildIn, DatasetPreview } from "./schemas";
import { selectRows } from "./select-rows";
import { summarise } from "./summarise";

export async function previewDataset(input: Omit<DatasetBuildIn, "name">): Promise<DatasetPreview> {
  const { filter, mapping } = resolveFilter(input);
  return summarise(selectRows(await loadCandidates(filter), filter, mapping));
}
