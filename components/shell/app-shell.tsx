import { Activity, Boxes, Database, LayoutGrid, ScrollText, Settings, Siren, Users } from "lucide-react";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";
import { UserMenu, type ShellUser } from "./user-menu";

export type ShellSection = { href: string; label: string; ready: boolean };

export type AppShellProps = {
  user: ShellUser;
  /** Already filtered to what this user may see, in display order. */
  sections: ShellSection[];
  signOutAction: () => Promise<void>;
  /** Shown at the start of the header, e.g. open drift events. */
  notice?: ReactNode;
  children: ReactNode;
};

// Keyed by href rather than carried in `sections` so the permission map stays free of UI concerns.
const SECTION_ICONS: Record<string, ReactNode> = {
  "/alerts": <Siren />,
  "/models": <Boxes />,
  "/monitoring": <Activity />,
  "/datasets": <Database />,
  "/audit": <ScrollText />,
  "/team": <Users />,
  "/admin": <Settings />,
};

export function VigilLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" aria-hidden className={className}>
      <path
        d="M12 2.5 4.2 5.4v6.2c0 4.5 3.2 8.5 7.8 9.9 4.6-1.4 7.8-5.4 7.8-9.9V5.4L12 2.5Z"
        fill="var(--vg-accent)"
        fillOpacity={0.14}
        stroke="var(--vg-accent)"
        strokeWidth={1.6}
        strokeLinejoin="round"
      />
      <path
        d="M7.4 12.2s1.8-3.1 4.6-3.1 4.6 3.1 4.6 3.1-1.8 3.1-4.6 3.1-4.6-3.1-4.6-3.1Z"
        stroke="var(--vg-fg)"
        strokeWidth={1.4}
        strokeLinejoin="round"
      />
      <circle cx={12} cy={12.2} r={1.5} fill="var(--vg-push-up)" />
    </svg>
  );
}

/**
 * The console frame: sidebar navigation, a top bar with the account menu, and the page.
 * A server component; only the nav links and the menu hydrate.
 */
export function AppShell({ user, sections, signOutAction, notice, children }: AppShellProps) {
  return (
    <div className="flex h-dvh overflow-hidden bg-surface text-fg">
      <a
        href="#main-content"
        className="sr-only rounded-md bg-accent-solid px-3 py-2 text-sm text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>

      <aside className="flex w-14 shrink-0 flex-col border-r border-border bg-panel md:w-52">
        <div className="flex h-12 shrink-0 items-center justify-center gap-2 border-b border-border px-3 md:justify-start">
          <VigilLogo className="size-6 shrink-0" />
          <span className="sr-only text-[15px] font-semibold tracking-tight md:not-sr-only">Vigil</span>
        </div>
        <nav aria-label="Main" className="flex-1 overflow-y-auto p-2">
          <ul className="flex flex-col gap-0.5">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink
                  href={section.href}
                  label={section.label}
                  ready={section.ready}
                  icon={SECTION_ICONS[section.href] ?? <LayoutGrid />}
                />
              </li>
            ))}
          </ul>
        </nav>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 shrink-0 items-center justify-end gap-2 border-b border-border bg-panel px-3 md:px-4">
          <div className="mr-auto min-w-0">{notice}</div>
          <UserMenu user={user} signOutAction={signOutAction} />
        </header>
        <main id="main-content" tabIndex={-1} className="min-h-0 flex-1 overflow-y-auto p-4 outline-none md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
