import "server-only";
// A version's threshold changes only through a proposal a lead approves. Decision (documented
// in DESIGN terms for the lead engineer): two-person review by default — any other lead may
// approve — and a lead may approve their own proposal only with an explicit confirmation, which
// the proposal and the audit trail record as self-approved (a SOC with one lead on shift cannot
// wait for a second). Proposing, approving, rejecting and withdrawing are each audited; the
// approval and the threshold change commit together.
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { roleHas } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { proposalOut } from "./catalog";
import type { ProposalOut } from "./catalog-schemas";
import type { ProposalDecisionIn, ThresholdProposalIn } from "./governance-schemas";

const actor = (user: SessionUser) => ({ id: user.id, label: user.email });
const target = (model: string, version: string) => `model:${model}@${version}`;

async function versionOf(model: string, version: string) {
  const found = await prisma().modelVersion.findFirst({ where: { version, model: { name: model } }, select: { id: true, threshold: true } });
  if (!found) throw notFound(`${model} has no version ${version}`);
  return found;
}

export async function listProposals(model: string, version: string): Promise<{ proposals: ProposalOut[] }> {
  const { id } = await versionOf(model, version);
  const rows = await prisma().thresholdProposal.findMany({ where: { modelVersionId: id }, orderBy: { id: "desc" } });
  return { proposals: rows.map(proposalOut) };
}

export async function proposeThreshold(model: string, version: string, input: ThresholdProposalIn, user: SessionUser): Promise<ProposalOut> {
  if (!roleHas(user.role, "models:threshold")) throw forbidden('Proposing a threshold needs the permission "models:threshold"');
  const current = await versionOf(model, version);
  if (input.threshold === current.threshold) throw badRequest(`${version} already runs at ${input.threshold}`, [{ path: ["threshold"], message: "propose a different threshold" }]);
  return prisma().$transaction(async (tx) => {
    // One open proposal per version: a newer one replaces it, so approvers never face two.
    const open = await tx.thresholdProposal.findMany({ where: { modelVersionId: current.id, status: "PENDING" }, select: { id: true } });
    if (open.length) {
      await tx.thresholdProposal.updateMany({ where: { id: { in: open.map((p) => p.id) } }, data: { status: "SUPERSEDED", decidedAt: new Date(), decidedBy: user.email, decidedById: user.id } });
    }
    const created = await tx.thresholdProposal.create({
      data: {
        modelVersionId: current.id,
        fromThreshold: current.threshold,
        toThreshold: input.threshold,
        preset: input.preset ?? null,
        reason: input.reason,
        expected: input.expected ?? {},
        proposedById: user.id,
        proposedBy: user.email,
      },
    });
    await recordAudit(
      {
        actor: actor(user),
        action: "model.threshold_proposed",
        target: target(model, version),
        details: { proposalId: created.id, from: current.threshold, to: input.threshold, preset: input.preset ?? null, reason: input.reason, expected: input.expected ?? {}, supersedes: open.map((p) => p.id) },
      },
      tx,
    );
    return proposalOut(created);
  });
}

export async function decideProposal(model: string, version: string, proposalId: number, input: ProposalDecisionIn, user: SessionUser): Promise<ProposalOut> {
  const current = await versionOf(model, version);
  const proposal = await prisma().thresholdProposal.findFirst({ where: { id: proposalId, modelVersionId: current.id } });
  if (!proposal) throw notFound(`No threshold proposal ${proposalId} for ${model} ${version}`);
  if (proposal.status !== "PENDING") throw conflict(`This proposal is already ${proposal.status.toLowerCase()}`);
  const own = proposal.proposedById === user.id;

  if (input.decision === "withdraw") {
    if (!own) throw forbidden("Only the lead who proposed a threshold can withdraw it");
  } else {
    if (!roleHas(user.role, "models:threshold")) throw forbidden(`Deciding on a threshold needs the permission "models:threshold"`);
    if (input.decision === "approve" && own && !input.confirmSelfApproval) {
      throw new AppError(409, "self_approval_unconfirmed", "You proposed this threshold. Approve it yourself only if no other lead can review it, and confirm that you do.", [
        { path: ["confirmSelfApproval"], message: "confirm approving your own proposal" },
      ]);
    }
  }

  const status = input.decision === "approve" ? "APPROVED" : input.decision === "reject" ? "REJECTED" : "WITHDRAWN";
  const selfApproved = input.decision === "approve" && own;
  return prisma().$transaction(async (tx) => {
    if (input.decision === "approve") {
      // The threshold it was proposed against must still hold; otherwise the evidence is stale.
      const changed = await tx.modelVersion.updateMany({ where: { id: current.id, threshold: proposal.fromThreshold }, data: { threshold: proposal.toThreshold } });
      if (changed.count === 0) throw conflict("The threshold changed after this was proposed; propose again from the current one");
    }
    const decided = await tx.thresholdProposal.updateMany({
      where: { id: proposal.id, status: "PENDING" },
      data: { status, decidedAt: new Date(), decidedBy: user.email, decidedById: user.id, decisionNote: input.note ?? null, selfApproved },
    });
    if (decided.count === 0) throw conflict("Someone decided on this proposal a moment ago; reload to see the outcome");
    await recordAudit(
      {
        actor: actor(user),
        action: input.decision === "approve" ? "model.threshold_changed" : input.decision === "reject" ? "model.threshold_rejected" : "model.threshold_withdrawn",
        target: target(model, version),
        details: {
          proposalId: proposal.id,
          from: proposal.fromThreshold,
          to: proposal.toThreshold,
          proposedBy: proposal.proposedBy,
          decidedBy: user.email,
          selfApproved,
          note: input.note ?? null,
          reason: proposal.reason,
        },
      },
      tx,
    );
    return proposalOut(await tx.thresholdProposal.findUniqueOrThrow({ where: { id: proposal.id } }));
  });
}
