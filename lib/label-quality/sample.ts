// Which verdicts get a blind second opinion: a fixed share chosen by a hash of the label id.
// Stable (the same label is always in or out, on every replica and after a restart), spread
// evenly over time, analysts and reasons, and out of the labeller's hands: the database assigns
// the id after the verdict is given, and a changed verdict is a new label hashed afresh (which
// shows up as an overturn). Pure and client-safe.
import { REVIEW_SAMPLE_RATE } from "./schemas";

// MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ~1/2,
// so consecutive ids land independently of one another (a plain modulus would take every 20th).
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Keeps this sample independent of any other use of the same mixer on label ids. */
const SALT = 0x5ec0d0a1;

/** Where the label falls in [0, 1): below the rate means "in the sample". */
export function reviewSamplePoint(labelId: number): number {
  if (!Number.isSafeInteger(labelId) || labelId <= 0) throw new RangeError(`reviewSamplePoint: not a label id: ${labelId}`);
  // Label ids are 32-bit in both databases; the high bits are folded in anyway.
  const folded = (labelId ^ Math.floor(labelId / 2 ** 32) ^ SALT) >>> 0;
  return mix32(folded) / 2 ** 32;
}

export function inReviewSample(labelId: number, rate = REVIEW_SAMPLE_RATE): boolean {
  return reviewSamplePoint(labelId) < rate;
}
