"use client";
// Listens for the triage keys on the whole page and hands each command to `run`.
import { useEffect, useRef } from "react";
import { commandFor, type Command } from "./shortcuts";

export function useShortcuts(run: (command: Command) => void, enabled = true) {
  // The latest `run` without re-subscribing on every render.
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
