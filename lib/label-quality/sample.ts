// Which verdicts get a blind second opinion: a fixed share chosen by a hash of the label id.
// Stable (the same label is always in or out, on every replica and after a restart), spread
// evenly over time, analysts and reasons, and out of the labeller's hands: the database assigns
// the id after the verdict is given, and a changed verdict is a new label hashed afresh (which
// shows up as an overturn). Pure and client-safe.
import { fmix32 } from "@/lib/stats/random";
import { REVIEW_SAMPLE_RATE } from "./schemas";

// Ids go through MurmurHash3's finaliser, so consecutive ids land independently of one another
// (a plain modulus would take every 20th).

/** Keeps this sample independent of any other use of the same mixer on label ids. */
const SALT = 0x5ec0d0a1;

/** Where the label falls in [0, 1): below the rate means "in the sample". */
export function reviewSamplePoint(labelId: number): number {
  if (!Number.isSafeInteger(labelId) || labelId <= 0) throw new RangeError(`reviewSamplePoint: not a label id: ${labelId}`);
  // Label ids are 32-bit in both databases; the high bits are folded in anyway.
  const folded = (labelId ^ Math.floor(labelId / 2 ** 32) ^ SALT) >>> 0;
  return fmix32(folded) / 2 ** 32;
}

export function inReviewSample(labelId: number, rate = REVIEW_SAMPLE_RATE): boolean {
  return reviewSamplePoint(labelId) < rate;
}
