"use client";
// The current time, re-rendering every `intervalMs`: one shared ticker for every countdown on
// the page. Reads Date.now(), so tests can drive it with a controlled clock.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, 1_000);
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, refreshed each second on the client; `serverNow` during SSR. */
export function useNow(serverNow: number): number {
  return useSyncExternalStore(subscribe, () => (timer ? now : Date.now()), () => serverNow);
}
