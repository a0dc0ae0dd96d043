// The triage keyboard: one table from key to command, read by the key handler and by the "?"
// help, so the two can never disagree. Pure, client-safe.
import type { Verdict } from "./schemas";

export type Command =
  | { kind: "move"; by: 1 | -1 }
  | { kind: "select" }
  | { kind: "open" }
  | { kind: "claim" }
  | { kind: "verdict"; verdict: Verdict }
  | { kind: "status" }
  | { kind: "search" }
  | { kind: "help" }
  | { kind: "escape" };

export const SHORTCUTS: { key: string; label: string; command: Command }[] = [
  { key: "j", label: "Next alert", command: { kind: "move", by: 1 } },
  { key: "k", label: "Previous alert", command: { kind: "move", by: -1 } },
  { key: "x", label: "Select / unselect", command: { kind: "select" } },
  { key: "Enter", label: "Open alert", command: { kind: "open" } },
  { key: "a", label: "Assign to me", command: { kind: "claim" } },
  { key: "t", label: "True positive", command: { kind: "verdict", verdict: "TRUE_POSITIVE" } },
  { key: "f", label: "False positive (asks for a reason)", command: { kind: "verdict", verdict: "FALSE_POSITIVE" } },
  { key: "b", label: "Benign positive", command: { kind: "verdict", verdict: "BENIGN_POSITIVE" } },
  { key: "u", label: "Undetermined", command: { kind: "verdict", verdict: "UNDETERMINED" } },
  { key: "s", label: "Next status", command: { kind: "status" } },
  { key: "/", label: "Search", command: { kind: "search" } },
  { key: "?", label: "Show shortcuts", command: { kind: "help" } },
  { key: "Escape", label: "Close / clear selection", command: { kind: "escape" } },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s.command]));

type KeyEventLike = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null };

/** Whether the event comes from somewhere the user types; shortcuts stay inert there. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName) || !!element.isContentEditable;
}

/** The command a key press means, or undefined (modifiers, typing, unmapped keys). */
export function commandFor(event: KeyEventLike): Command | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (isTyping(event.target)) return event.key === "Escape" ? { kind: "escape" } : undefined;
  return BY_KEY.get(event.key);
}
