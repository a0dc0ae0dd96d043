// Team lead reports. Client-safe.
import { TeamQuery, TeamReport } from "@/lib/team/schemas";
import type { ApiRoute } from "./types";

export const TEAM_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/v1/team",
    tag: "Team",
    summary: "Team load and triage performance",
    description: "Volume, verdict mix and false-positive cost per day, time to acknowledge and resolve by severity, SLA breaches and load per analyst, over the `days` UTC days before `to` ([to − days, to)).",
    permission: "team:read",
    query: TeamQuery,
    queryDescriptions: {
      days: "UTC days in the window",
      to: "the window ends at this date's midnight UTC (excluded); default: after today",
      fpMinutes: "minutes an analyst spends on one false positive",
      capacity: "alerts one analyst can resolve per day",
    },
    response: { status: 200, description: "the report", name: "TeamReport", schema: TeamReport },
  },
];
