import { withApi } from "@/lib/api/with-api";
import { LabelQualityQuery } from "@/lib/label-quality/schemas";
import { labelQualityReport } from "@/lib/label-quality/report";

export const GET = withApi({ permission: "datasets:read", query: LabelQualityQuery, handler: ({ query }) => labelQualityReport(query) });
