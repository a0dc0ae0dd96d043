"use client";

import { Moon, Sun } from "lucide-react";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

export type Theme = "light" | "dark";

/** The <html> class is the source of truth (the server set it from the cookie), so read it, don't copy it. */
function readTheme(): Theme {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  // Observing the class keeps every toggle on the page in sync, whoever flipped it.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

/** The server renders dark by default; the client snapshot corrects it after hydration if needed. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, readTheme, () => "dark");
}

export function setTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
  // A cookie (not localStorage) so the server renders the right class on the next request: no flash.
  document.cookie = `theme=${theme}; path=/; max-age=31536000; samesite=lax`;
}

export function toggleTheme(): Theme {
  const next: Theme = readTheme() === "dark" ? "light" : "dark";
  setTheme(next);
  return next;
}

export function themeToggleLabel(theme: Theme): string {
  return theme === "dark" ? "Switch to light theme" : "Switch to dark theme";
}

/** A standalone icon button; the user menu has the same action as a menu item. */
export function ThemeToggle({ className }: { className?: string }) {
  const theme = useTheme();
  const label = themeToggleLabel(theme);
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      aria-label={label}
      title={label}
      onClick={toggleTheme}
      className={className}
      data-testid="theme-toggle"
    >
      {theme === "dark" ? <Sun /> : <Moon />}
    </Button>
  );
}
