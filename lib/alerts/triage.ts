import "server-only";
// Triage actions on one alert or a selection: claim, assign, status, verdict. Each alert is
// named with the row version the client saw; the write checks and bumps it in the same
// statement, so two analysts acting on the same alert get a conflict, never a lost update.
// A request is all-or-nothing.
import { prisma, type Prisma } from "@/lib/db/client";
import { AppError, badRequest, forbidden, notFound } from "@/lib/api/errors";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { roleHas } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { AlertRow } from "./schemas";
import { getAlertRow } from "./queue";
import { statusChangeError, type TriageRequest } from "./triage-rules";
import { appendVerdicts, noteVerdictWrites } from "./verdicts";
import { noteWrites } from "@/lib/db/statistics";

type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];
type Current = { id: number; status: "NEW" | "IN_PROGRESS" | "RESOLVED"; assigneeId: string | null; acknowledgedAt: Date | null; predictionId: number; hasVerdict: boolean };

/** 409 with the alerts that changed, so the client can reload exactly those. */
export class TriageConflict extends AppError {
  constructor(readonly alertIds: number[]) {
    super(
      409,
      "conflict",
      alertIds.length === 1
        ? `Alert #${alertIds[0]} was changed by someone else since you loaded it. It has been reloaded: check it and try again.`
        : `${alertIds.length} of the selected alerts were changed by someone else since you loaded them. They have been reloaded: check them and try again.`,
      alertIds.map((id) => ({ path: ["alerts", id], message: "changed since loaded" })),
    );
  }
}

function authorize(request: TriageRequest, user: SessionUser): void {
  if (!roleHas(user.role, "alerts:triage")) throw forbidden('This needs the permission "alerts:triage"');
  if (request.alerts.length > 1 && !roleHas(user.role, "alerts:bulk")) throw forbidden('Acting on several alerts needs "alerts:bulk"');
  const { action } = request;
  if (action.kind === "assign" && action.assigneeId !== user.id && action.assigneeId !== null && !roleHas(user.role, "alerts:assign")) {
    throw forbidden("Only a lead can assign alerts to someone else");
  }
}

async function loadCurrent(tx: Tx, ids: number[]): Promise<Map<number, Current>> {
  const rows = await tx.alert.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, assigneeId: true, acknowledgedAt: true, predictionId: true, prediction: { select: { labels: { select: { id: true }, take: 1 } } } },
  });
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length) throw notFound(`No alert ${missing.map((id) => `#${id}`).join(", ")}`);
  return new Map(rows.map(({ prediction, ...row }) => [row.id, { ...row, hasVerdict: prediction.labels.length > 0 }]));
}

/** The field changes an action makes to one alert (verdicts also append a label). */
async function changesFor(tx: Tx, request: TriageRequest, alert: Current, user: SessionUser, now: Date) {
  const { action } = request;
  const acknowledge = alert.acknowledgedAt ? {} : { acknowledgedAt: now };
  const toInProgress = alert.status === "NEW" ? { status: "IN_PROGRESS" as const, statusChangedAt: now, ...acknowledge } : {};
  switch (action.kind) {
    case "claim":
      return { assigneeId: user.id, ...toInProgress };
    case "assign":
      if (action.assigneeId) {
        const assignee = await tx.user.findUnique({ where: { id: action.assigneeId }, select: { disabledAt: true, role: true } });
        if (!assignee || assignee.disabledAt || !roleHas(assignee.role, "alerts:triage")) throw badRequest("That person cannot be assigned alerts", [{ path: ["action", "assigneeId"], message: "not an active analyst or lead" }]);
      }
      return { assigneeId: action.assigneeId };
    case "status": {
      const refused = statusChangeError(alert.status, action.status, alert.hasVerdict);
      if (refused) throw badRequest(request.alerts.length > 1 ? `Alert #${alert.id}: ${refused}` : refused, [{ path: ["action", "status"], message: refused }]);
      const reopened = action.status === "RESOLVED" ? { resolvedAt: now } : { resolvedAt: null };
      return { status: action.status, statusChangedAt: now, ...reopened, ...(action.status === "NEW" ? {} : acknowledge) };
    }
    case "verdict":
      return {}; // appendVerdicts resolves it and gives an unassigned alert to its judge

  }
}

export async function triageAlerts(request: TriageRequest, user: SessionUser): Promise<{ alerts: AlertRow[] }> {
  authorize(request, user);
  const actor: Actor = { id: user.id, label: user.email };
  const ids = request.alerts.map((a) => a.id);
  await prisma().$transaction(async (tx) => {
    const current = await loadCurrent(tx, ids);
    const now = new Date();
    const stale: number[] = [];
    for (const { id, rowVersion } of request.alerts) {
      const data = await changesFor(tx, request, current.get(id)!, user, now);
      const { count } = await tx.alert.updateMany({ where: { id, rowVersion }, data: { ...data, updatedAt: now, rowVersion: { increment: 1 } } });
      if (count === 0) stale.push(id);
    }
    if (stale.length) throw new TriageConflict(stale);
    const { action } = request;
    if (action.kind === "verdict") {
      const inputs = ids.map((id) => ({
        predictionId: current.get(id)!.predictionId,
        verdict: action.verdict,
        reasonCode: action.reason ?? null,
        note: action.note || null,
        source: "ANALYST" as const,
        labelledById: user.id,
        at: now,
      }));
      await appendVerdicts(tx, inputs, actor);
    } else {
      for (const id of ids) await recordAudit({ actor, action: `alert.${action.kind}`, target: `alert:${id}`, details: { ...action } }, tx);
    }
  });
  if (request.action.kind === "verdict") noteVerdictWrites(ids.length);
  else noteWrites("Alert", ids.length);
  const rows = await Promise.all(ids.map(getAlertRow));
  return { alerts: rows.filter((row): row is AlertRow => !!row) };
}
