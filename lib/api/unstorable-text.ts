// Text a database cannot store. PostgreSQL refuses the NUL character in text and jsonb
// (SQLSTATE 22021, 22P05) and a lone UTF-16 surrogate ("\ud800", legal in a JSON string but
// not Unicode) in jsonb, where SQLite keeps both, so the same request would be a 500 on one
// database and stored on the other. JSON bodies are checked up front (hasUnstorableText);
// anything that still reaches the database (path parameters, bodies read outside withApi) is
// recognised by its error and answered 400. Pure.

const unstorable = (text: string) => text.includes("\u0000") || !text.isWellFormed();

// Strictly decoded UTF-8 JSON text can carry neither character raw: JSON forbids control
// characters in strings and UTF-8 cannot encode a surrogate. Both arrive only as \u escapes.
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;

/**
 * Whether any string or key in a parsed JSON value holds U+0000 or a lone surrogate. Given the
 * (strictly decoded) text it was parsed from, a text without such an escape is answered without
 * walking the value: most bodies, and a 1,000-prediction ingest batch in ~0.2 ms instead of ~3.
 */
export function hasUnstorableText(value: unknown, parsedFrom?: string): boolean {
  if (parsedFrom !== undefined && !UNSTORABLE_ESCAPE.test(parsedFrom)) return false;
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (unstorable(item)) return true;
    } else if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === "object") {
      for (const [key, inner] of Object.entries(item)) {
        if (unstorable(key)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}

const UNSTORABLE = /invalid byte sequence for encoding|unsupported Unicode escape sequence|untranslatable character|character with byte sequence .* has no equivalent|surrogate/i;

/** Whether a database error says the request's text cannot be stored (PostgreSQL only). */
export function isUnstorableText(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const { code, message, detail, meta, cause } = current as { code?: unknown; message?: unknown; detail?: unknown; meta?: unknown; cause?: unknown };
    if (code === "22021" || code === "22P05") return true;
    // 22P02 is any malformed value; only its Unicode variant is the client's text.
    if (typeof message === "string" && UNSTORABLE.test(message)) return true;
    if (typeof detail === "string" && UNSTORABLE.test(detail)) return true;
    if (meta && UNSTORABLE.test(JSON.stringify(meta))) return true;
    current = cause;
  }
  return false;
}
