import { Suspense } from "react";
import { TeamDashboard } from "@/components/team/team-dashboard";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Team" };

export default async function TeamPage() {
  await requirePageUser("team:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Team</h1>
      <Suspense>
        <TeamDashboard />
      </Suspense>
    </div>
  );
}
