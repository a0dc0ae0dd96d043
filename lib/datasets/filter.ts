// The builder input with every default filled in: what a version records as its filter. Pure.
import { DEFAULT_MAPPING, LABEL_SOURCES, type DatasetBuildIn, type DatasetFilter, type VerdictMapping } from "./schemas";

/** A date alone means its UTC midnight (DESIGN: half-open [from, to) in UTC). */
function instant(value: string | undefined): string | null {
  return value === undefined ? null : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value).toISOString();
}

export function resolveFilter(input: Omit<DatasetBuildIn, "name">): { filter: DatasetFilter; mapping: VerdictMapping } {
  return {
    filter: {
      model: input.model,
      version: input.version ?? null,
      from: instant(input.from),
      to: instant(input.to),
      // Sorted so the recorded filter does not depend on the order the caller listed them in.
      sources: [...new Set(input.sources ?? LABEL_SOURCES)].sort(),
      includeAuditNegatives: input.includeAuditNegatives ?? true,
      dedupeByEvent: input.dedupeByEvent ?? true,
    },
    mapping: input.mapping ?? DEFAULT_MAPPING,
  };
}
