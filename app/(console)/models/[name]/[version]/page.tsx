import { Suspense } from "react";
import { VersionView } from "@/components/models/version-view";
import { roleHas } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ name: string; version: string }> }) {
  const { name, version } = await params;
  return { title: `${decodeURIComponent(name)} ${decodeURIComponent(version)}` };
}

export default async function ModelVersionPage({ params }: { params: Promise<{ name: string; version: string }> }) {
  const user = await requirePageUser("models:read");
  const { name, version } = await params;
  const viewer = {
    id: user.id,
    canSeeMetrics: roleHas(user.role, "metrics:read"),
    canTune: roleHas(user.role, "models:threshold"),
    canPromote: roleHas(user.role, "models:promote"),
  };
  return (
    <Suspense>
      <VersionView model={decodeURIComponent(name)} version={decodeURIComponent(version)} viewer={viewer} />
    </Suspense>
  );
}
