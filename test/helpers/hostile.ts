// Generated malformed, oversized and hostile request bodies, from a route's valid example:
// whole-body garbage, broken JSON text, bytes that are not UTF-8, and for every field of the
// example a set of wrong, huge, deep, prototype-polluting, non-finite and SQL-looking values.
// Pure: the tests decide what each must get back.

export type Payload = { name: string; body: string | Uint8Array; contentType?: string | null };

const enc = new TextEncoder();
const json = (value: unknown) => JSON.stringify(value);

const deepArray = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
const deepObject = (levels: number) => '{"a":'.repeat(levels) + "1" + "}".repeat(levels);

export const SQLISH = [
  "' OR '1'='1' --",
  `'; DROP TABLE "Prediction"; --`,
  `" OR 1=1; DELETE FROM "User"; --`,
  "1; SELECT pg_sleep(10) --",
  "%' UNION SELECT email, \"passwordHash\" FROM \"User\" --",
];

/** Whole bodies that are valid JSON but nothing like the expected shape. */
export function wholeBodyGarbage(): Payload[] {
  const values: [string, unknown][] = [
    ["null", null],
    ["true", true],
    ["zero", 0],
    ["negative", -1],
    ["huge number", 1e308],
    ["a string", "predictions"],
    ["an empty string", ""],
    ["an empty array", []],
    ["an empty object", {}],
    ["an array of null", [null]],
    ["an array of arrays", [[]]],
    ["an array of empty objects", [{}, {}]],
    ["__proto__ pollution", JSON.parse('{"__proto__": {"polluted": true}}')],
    ["constructor.prototype pollution", { constructor: { prototype: { polluted: true } } }],
    ["array of pollution", [JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')]],
  ];
  return [
    ...values.map(([name, value]) => ({ name: `body is ${name}`, body: json(value) })),
    { name: "arrays nested 100 deep", body: deepArray(100) },
    { name: "arrays nested 100,000 deep", body: deepArray(100_000) },
    { name: "objects nested 100,000 deep", body: deepObject(100_000) },
    { name: "100,000 nulls", body: json(Array(100_000).fill(null)) },
  ];
}

/**
 * Texts that are not JSON at all, or not only JSON. (A leading byte-order mark is absent on
 * purpose: RFC 8259 lets parsers ignore one, and Vigil does.)
 */
export function brokenText(example: unknown): Payload[] {
  const valid = json(example);
  return [
    ["empty", ""],
    ["whitespace", "   \n\t "],
    ["an open brace", "{"],
    ["an open bracket", "["],
    ["a close bracket", "]"],
    ["truncated", valid.slice(0, Math.max(1, Math.floor(valid.length / 2)))],
    ["NaN", "NaN"],
    ["an array of NaN", "[NaN]"],
    ["Infinity", "Infinity"],
    ["an overflowing number", "[1e400]"],
    ["undefined", "undefined"],
    ["a NUL byte", "\u0000"],
    ["single quotes", valid.replaceAll('"', "'")],
    ["trailing garbage", `${valid}garbage`],
    ["two documents", `${valid}${valid}`],
    ["XML", '<?xml version="1.0"?><predictions><p id="1"/></predictions>'],
    ["a form", "eventId=1&score=0.5"],
    ["SQL", SQLISH[1]],
    ["JavaScript", "(function(){ process.exit(1) })()"],
  ].map(([name, body]) => ({ name: `text: ${name}`, body }));
}

/** Bytes that are not UTF-8, alone and inside an otherwise valid body's first string. */
export function invalidUtf8(example: unknown): Payload[] {
  const valid = json(example);
  const firstString = /"((?:[^"\\]|\\.)*)"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(valid);
  const payloads: Payload[] = [
    { name: "utf-8: lone continuation bytes", body: Uint8Array.from([0x80, 0x81, 0xbf]) },
    { name: "utf-8: 0xFF 0xFE", body: Uint8Array.from([0xff, 0xfe, 0x7b, 0x7d]) },
    { name: "utf-8: overlong NUL", body: Uint8Array.from([0xc0, 0x80]) },
  ];
  if (firstString) {
    const at = firstString.index + firstString[0].length - 1;
    const bytes = [...enc.encode(valid.slice(0, at)), 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, ...enc.encode(valid.slice(at))];
    payloads.push({ name: `utf-8: invalid bytes inside "${firstString[1]}"`, body: Uint8Array.from(bytes) });
  }
  return payloads;
}

type Path = (string | number)[];

/** Every leaf and object/array node of the example, with its path. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [prefix, ...pathsOf(value[0], [...prefix, 0])] : [prefix];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

function setAt(root: unknown, path: Path, value: unknown | typeof REMOVE): unknown {
  if (!path.length) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const REMOVE = Symbol("remove");

/**
 * Stands for an object nested 100,000 deep: too deep to build or stringify here (that is the
 * point), so `serialize` splices its text in. For the schema oracle it is an 80-deep object.
 */
export const HUGE_DEPTH = "\u0001nested 100,000 deep";
const DEEP_80 = JSON.parse('{"a":'.repeat(80) + "1" + "}".repeat(80));

/** The mutated body as JSON text, with HUGE_DEPTH spliced in as the real thing. */
export function serialize(value: unknown): string {
  return JSON.stringify(value).replaceAll(JSON.stringify(HUGE_DEPTH), deepObject(100_000));
}

/** The value the endpoint's schema sees in place of HUGE_DEPTH. */
export function forOracle(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_, v) => (v === HUGE_DEPTH ? DEEP_80 : v));
}

export const FIELD_VALUES: [string, unknown][] = [
  ["null", null],
  ["true", true],
  ["-1", -1],
  ["1.5", 1.5],
  ["1e308", 1e308],
  ["2^64", 18446744073709551616],
  ["an empty string", ""],
  ["100,000 characters", "x".repeat(100_000)],
  ["an empty array", []],
  ["an empty object", {}],
  ["an object nested 80 deep", DEEP_80],
  ["an object nested 100,000 deep", HUGE_DEPTH],
  ["__proto__ pollution", JSON.parse('{"__proto__": {"polluted": true}}')],
  ["constructor pollution", { constructor: { prototype: { polluted: true } } }],
  ['"NaN"', "NaN"],
  ['"Infinity"', "Infinity"],
  ['"-0"', "-0"],
  ["a NUL character", "a\u0000b"],
  ["a script tag", "<script>alert(document.cookie)</script>"],
  ["lone surrogate", "\ud800"],
  ...SQLISH.map((s, i) => [`SQL ${i + 1}`, s] as [string, unknown]),
];

/** The example with one field replaced (or removed), for every field and hostile value. */
export function fieldMutations(example: unknown): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  for (const path of pathsOf(example)) {
    if (!path.length) continue;
    const where = path.join(".");
    out.push({ name: `${where} removed`, value: setAt(example, path, REMOVE) });
    for (const [name, value] of FIELD_VALUES) out.push({ name: `${where} = ${name}`, value: setAt(example, path, value) });
  }
  // Extra keys an attacker hopes a mass assignment picks up.
  if (example && typeof example === "object") {
    const target = Array.isArray(example) ? [0] : [];
    for (const key of ["__proto__", "constructor", "prototype", "id", "role", "passwordHash", "sessionVersion", "revokedAt"]) {
      const base = structuredClone(example) as Record<string, unknown>;
      const node = (target.length ? (base as unknown as Record<string, unknown>[])[0] : base) as Record<string, unknown>;
      Object.defineProperty(node, key, { value: key === "__proto__" ? { polluted: true } : "ADMIN", enumerable: true, configurable: true, writable: true });
      out.push({ name: `extra key ${key}`, value: base });
    }
  }
  return out;
}
