// Reads the NDJSON verification stream in the browser, reporting progress as it comes.
// Client-safe.
import { ApiError } from "@/lib/api/fetch-json";
import type { ErrorBody } from "@/lib/api/errors";
import type { VerifyResult, VerifyStreamLine } from "./schemas";

export async function runVerification(onProgress: (checked: number, total: number) => void, signal?: AbortSignal): Promise<VerifyResult> {
  const response = await fetch("/api/v1/audit/verify?stream=true", { signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new ApiError(response.status, body?.error?.message ?? `The server answered ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as VerifyStreamLine;
      buffer = buffer.slice(newline + 1);
      if (line.type === "progress") onProgress(line.checked, line.total);
      else if (line.type === "result") return line.result;
      else throw new ApiError(500, line.message);
    }
    if (done) throw new ApiError(500, "The verification ended without a result");
  }
}
