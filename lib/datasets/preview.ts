import "server-only";
// What a dataset would hold, without creating it (the builder's preview).
import { resolveFilter } from "./filter";
import { loadCandidates } from "./load-candidates";
import type { DatasetBuildIn, DatasetPreview } from "./schemas";
import { selectRows } from "./select-rows";
import { summarise } from "./summarise";
import { hashSelection } from "./content-hash";

export async function previewDataset(input: Omit<DatasetBuildIn, "name">): Promise<DatasetPreview> {
  const { filter, mapping } = resolveFilter(input);
  const selection = selectRows(await loadCandidates(filter), filter, mapping);
  return summarise(selection, await hashSelection(selection.rows));
}
