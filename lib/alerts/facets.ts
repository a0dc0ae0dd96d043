import "server-only";
// The values the queue's filters offer: business units, predicted attack types, model
// versions and the people alerts can be assigned to.
import { prisma } from "@/lib/db/client";
import type { QueueFacets } from "./schemas";

export async function queueFacets(): Promise<QueueFacets> {
  const [units, attacks, versions, people] = await Promise.all([
    prisma().alert.groupBy({ by: ["businessUnit"], where: { businessUnit: { not: null } }, orderBy: { businessUnit: "asc" } }),
    prisma().alert.groupBy({ by: ["attackType"], where: { attackType: { not: null } }, orderBy: { attackType: "asc" } }),
    prisma().modelVersion.findMany({ select: { version: true, stage: true, model: { select: { name: true } } }, orderBy: [{ modelId: "asc" }, { createdAt: "asc" }] }),
    prisma().user.findMany({ where: { disabledAt: null, role: { in: ["ANALYST", "LEAD"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    businessUnits: units.map((u) => u.businessUnit!),
    attackTypes: attacks.map((a) => a.attackType!),
    modelVersions: versions.map((v) => ({ model: v.model.name, version: v.version, stage: v.stage })),
    assignees: people,
  };
}
