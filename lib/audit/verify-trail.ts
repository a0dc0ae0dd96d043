import "server-only";
// The verification an auditor (or a monitoring job with an audit:read key) asks for: walk the
// chain, check the checkpoints, and, when the chain is intact and has grown, sign its head.
import type { Actor } from "./record";
import { createCheckpoint, listCheckpoints } from "./checkpoint-store";
import { verifyChain, type VerifyProgress } from "./verify";
import type { VerifyResult } from "./schemas";

export async function verifyAuditTrail(options: {
  actor: Actor;
  /** sign a checkpoint when the chain is intact (default true) */
  checkpoint?: boolean;
  trigger?: "verify" | "on_demand";
  onProgress?: (progress: VerifyProgress) => void;
  signal?: AbortSignal;
}): Promise<VerifyResult> {
  const verification = await verifyChain({ onProgress: options.onProgress, signal: options.signal });
  const verifiedAt = new Date().toISOString();
  // Never sign a chain that failed: a checkpoint vouches for what it covers.
  if (verification.ok && verification.head && options.checkpoint !== false) {
    const { checkpoint, created } = await createCheckpoint(verification.head, options.actor, options.trigger ?? "verify");
    return { ...verification, checkpoint, checkpointCreated: created, verifiedAt };
  }
  const [latest] = await listCheckpoints(1);
  return { ...verification, checkpoint: latest ?? null, checkpointCreated: false, verifiedAt };
}
