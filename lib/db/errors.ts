// Database errors the application turns into clear messages. A trigger's RAISE(ABORT) on
// SQLite reaches Prisma as a misleading P2003 (foreign key); the message tells the truth.

const APPEND_ONLY = /append-only: (\w+) rows cannot be (updated|deleted|truncated)/;

export class AppendOnlyViolation extends Error {
  constructor(
    readonly table: string,
    readonly operation: string,
  ) {
    super(`${table} records are append-only: they cannot be ${operation}`);
    this.name = "AppendOnlyViolation";
  }
}

function messagesOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) parts.push(current.message);
    const meta = (current as { meta?: unknown }).meta;
    if (meta) parts.push(JSON.stringify(meta));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join("\n");
}

/** The append-only violation behind a database error, if that is what it is. */
export function appendOnlyViolation(error: unknown): AppendOnlyViolation | undefined {
  if (error instanceof AppendOnlyViolation) return error;
  const match = APPEND_ONLY.exec(messagesOf(error));
  return match ? new AppendOnlyViolation(match[1], match[2]) : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "P2002" || code === "23505" || /UNIQUE constraint failed/.test(messagesOf(error));
}
