import { describe, expect, it } from "vitest";
import { commandFor, SHORTCUTS } from "./shortcuts";

const key = (k: string, target: object | null = { tagName: "BODY" }, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  commandFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...mods });

describe("triage shortcuts", () => {
  it("map the documented keys to commands", () => {
    expect(key("j")).toEqual({ kind: "move", by: 1 });
    expect(key("k")).toEqual({ kind: "move", by: -1 });
    expect(key("f")).toEqual({ kind: "verdict", verdict: "FALSE_POSITIVE" });
    expect(key("?")).toEqual({ kind: "help" });
    expect(key("q")).toBeUndefined();
  });

  it("are inert while typing, except Escape, and with modifiers", () => {
    expect(key("j", { tagName: "INPUT" })).toBeUndefined();
    expect(key("t", { tagName: "TEXTAREA" })).toBeUndefined();
    expect(key("a", { tagName: "DIV", isContentEditable: true })).toBeUndefined();
    expect(key("Escape", { tagName: "INPUT" })).toEqual({ kind: "escape" });
    expect(key("j", { tagName: "BODY" }, { ctrlKey: true })).toBeUndefined();
  });

  it("give every key one command", () => {
    expect(new Set(SHORTCUTS.map((s) => s.key)).size).toBe(SHORTCUTS.length);
  });
});
