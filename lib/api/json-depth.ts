// How deeply a JSON text nests, found in one pass without parsing it. JSON.parse copes with a
// million nested brackets, but JSON.stringify, Prisma and the audit trail's canonical JSON
// recurse, so a deep value that a schema lets through as `unknown` (hyperparameters, raw
// events) would end in a stack overflow — a 500 — after validation. Refusing it up front keeps
// it a 400. Pure.

/** The deepest nesting of arrays and objects; stops counting once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

/** Generous for any real payload (an OCSF event nests about 8 deep, a baseline 5). */
export const MAX_JSON_DEPTH = 64;
