import { withApi } from "@/lib/api/with-api";
import { TeamQuery } from "@/lib/team/schemas";
import { teamReport } from "@/lib/team/team-report";

export const GET = withApi({ permission: "team:read", query: TeamQuery, handler: ({ query }) => teamReport(query) });
