// Typed errors that services throw and the one API wrapper maps to HTTP. Client-safe.

export type ErrorIssue = { path: (string | number)[]; message: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (message: string, issues?: ErrorIssue[]) => new AppError(400, "bad_request", message, issues);
export const unauthorized = (message = "Sign in or send an API key (Authorization: Bearer …)") =>
  new AppError(401, "unauthorized", message);
export const forbidden = (message = "You do not have permission to do this") => new AppError(403, "forbidden", message);
export const notFound = (message = "Not found") => new AppError(404, "not_found", message);
export const conflict = (message: string) => new AppError(409, "conflict", message);
export const payloadTooLarge = (message: string) => new AppError(413, "payload_too_large", message);
export const unsupportedMediaType = (message: string) => new AppError(415, "unsupported_media_type", message);
export const tooManyRequests = (message: string) => new AppError(429, "too_many_requests", message);

export type ErrorBody = { error: { code: string; message: string; issues?: ErrorIssue[] } };
