"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown, LogOut, Moon, Sun } from "lucide-react";
import { useRef } from "react";
import type { Role } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { themeToggleLabel, toggleTheme, useTheme } from "./theme-toggle";

export type ShellUser = { name: string; email: string; role: Role };

export const ROLE_LABELS: Record<Role, string> = {
  ANALYST: "Analyst",
  LEAD: "Lead",
  AUDITOR: "Auditor",
  ADMIN: "Admin",
};

export type UserMenuProps = {
  user: ShellUser;
  /** A server action that ends the session (and redirects). */
  signOutAction: () => Promise<void>;
};

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

const itemClass =
  "flex h-8 cursor-default items-center gap-2 rounded px-2 text-sm text-fg outline-none select-none " +
  "data-highlighted:bg-raised [&_svg]:size-4 [&_svg]:text-muted";

export function UserMenu({ user, signOutAction }: UserMenuProps) {
  const theme = useTheme();
  // The form lives outside the menu content: the menu unmounts its content as it closes on
  // select, and a form removed mid-click would never submit.
  const signOutForm = useRef<HTMLFormElement>(null);

  return (
    <>
      <form ref={signOutForm} action={signOutAction} hidden />
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          data-testid="user-menu-button"
          aria-label={`Account menu for ${user.name}`}
          className="focus-ring flex h-8 items-center gap-2 rounded-md px-1.5 text-sm text-fg hover:bg-raised data-[state=open]:bg-raised"
        >
          <span
            aria-hidden
            className="flex size-6 items-center justify-center rounded-full bg-accent/15 text-[11px] font-semibold text-accent"
          >
            {initials(user.name)}
          </span>
          <span data-testid="user-name" className="max-w-40 truncate font-medium">
            {user.name}
          </span>
          <Badge tone="outline" data-testid="user-role" data-role={user.role}>
            {ROLE_LABELS[user.role]}
          </Badge>
          <ChevronDown aria-hidden className="size-3.5 text-subtle" />
        </DropdownMenu.Trigger>

        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="z-50 min-w-60 rounded-lg border border-border bg-panel p-1 text-fg shadow-lg shadow-black/20"
          >
            <div className="px-2 pt-1.5 pb-2">
              <div className="flex items-center justify-between gap-3">
                <p className="truncate text-sm font-medium">{user.name}</p>
                <Badge tone="accent">{ROLE_LABELS[user.role]}</Badge>
              </div>
              <p className="truncate text-xs text-muted" data-testid="user-email">
                {user.email}
              </p>
            </div>
            <DropdownMenu.Separator className="my-1 h-px bg-border" />
            <DropdownMenu.Item
              className={itemClass}
              data-testid="theme-toggle-item"
              onSelect={(event) => {
                // Keep the menu open so the user sees the switch take effect.
                event.preventDefault();
                toggleTheme();
              }}
            >
              {theme === "dark" ? <Sun aria-hidden /> : <Moon aria-hidden />}
              {themeToggleLabel(theme)}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-border" />
            <DropdownMenu.Item
              className={itemClass}
              data-testid="sign-out"
              onSelect={() => signOutForm.current?.requestSubmit()}
            >
              <LogOut aria-hidden />
              Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );
}
