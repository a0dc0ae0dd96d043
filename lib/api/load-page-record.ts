import "server-only";
// For `[id]` pages: a malformed id or a missing record is the 404 page, not an error.
import { notFound } from "next/navigation";
import { AppError } from "./errors";

export async function loadPageRecord<T>(params: Promise<{ id: string }>, load: (id: number) => Promise<T>): Promise<T> {
  const raw = (await params).id;
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return load(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
}
