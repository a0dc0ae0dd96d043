import "server-only";
// Verification as NDJSON: progress lines while the chain is walked (a million events take
// seconds), then the result. Stops walking if the client goes away.
import type { Actor } from "./record";
import type { VerifyStreamLine } from "./schemas";
import { verifyAuditTrail } from "./verify-trail";

const encoder = new TextEncoder();

export function verifyAsStream(actor: Actor, checkpoint: boolean, requestSignal?: AbortSignal): Response {
  const abort = new AbortController();
  requestSignal?.addEventListener("abort", () => abort.abort());
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: VerifyStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await verifyAuditTrail({
          actor,
          checkpoint,
          signal: abort.signal,
          onProgress: ({ checked, total }) => send({ type: "progress", checked, total }),
        });
        send({ type: "result", result });
      } catch (error) {
        if (!abort.signal.aborted) {
          console.error("[audit] verification failed", error);
          send({ type: "error", message: "Verification stopped on a server error" });
        }
      }
      if (!abort.signal.aborted) controller.close();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
