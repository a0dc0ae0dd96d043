// The browser side of the REST API: JSON in, JSON out, and the server's error message (with
// its HTTP status) as the thrown error, so the UI can say what went wrong. Client-safe.
import type { ErrorBody } from "./errors";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function fetchJson<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `The server answered ${response.status}`);
  return body as T;
}
