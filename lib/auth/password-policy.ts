// What a password must be, in the same words for the CLI, the API and the admin screens:
// at least 12 characters (NIST SP 800-63B's floor for user-chosen secrets is 8; SOC consoles
// hold alert data, so more), letters mixed with digits or symbols, and none of the guesses an
// attacker tries first: a common password, a keyboard run, or the person's own email or name.
// Client-safe and pure, so forms can say what is wrong before sending.
import { COMMON_PASSWORD_WORDS, KEYBOARD_RUNS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const LEET: Record<string, string> = { "@": "a", "4": "a", "8": "b", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t", "+": "t" };

/** The word inside the padding: lower case, digits and symbols stripped from both ends, leetspeak undone. */
export function passwordCore(password: string): string {
  const stripped = password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, "");
  return stripped.replace(/[@4813!05$7+]/g, (c) => LEET[c]).replace(/[^a-z]/g, "");
}

/** "abcabcabc" → "abc": a word typed several times is as weak as the word. */
function unrepeated(word: string): string {
  for (let size = 1; size <= word.length / 2; size++) {
    if (word.length % size === 0 && word.slice(0, size).repeat(word.length / size) === word) return word.slice(0, size);
  }
  return word;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

export type PasswordContext = { email?: string; name?: string };

export function passwordProblem(password: string, context: PasswordContext = {}): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) return "must mix letters with digits or symbols";
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return "is too repetitive";
  const core = unrepeated(passwordCore(password));
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = letters(email.split("@")[0]);
    if (lower.includes(email) || (local.length >= 3 && (core === local || letters(password) === local))) return "must not be your email address";
  }
  const name = context.name ? letters(context.name) : "";
  if (name.length >= 3 && core === name) return "must not be your name";
  if (COMMON_PASSWORD_WORDS.has(core) || core.length < 3) return "is too common: it is among the first guesses attackers try";
  const compact = letters(password);
  if (KEYBOARD_RUNS.some((run) => run.includes(compact) || compact.includes(run.slice(0, 10)))) return "is a keyboard or number run: it is among the first guesses attackers try";
  return undefined;
}
