import "server-only";
// A request body as UTF-8 text under a byte cap, refusing bytes that are not UTF-8 instead of
// turning them into U+FFFD as a lenient decoder does (which would store something other than
// what the client sent, and hide a client's encoding bug).
import { badRequest, payloadTooLarge } from "./errors";

const decoder = new TextDecoder("utf-8", { fatal: true });
const tooLarge = (maxBytes: number) => payloadTooLarge(`Request body is larger than ${maxBytes} bytes`);

export async function readUtf8(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return decoder.decode(Buffer.concat(chunks));
  } catch {
    throw badRequest("The request body is not valid UTF-8");
  }
}
