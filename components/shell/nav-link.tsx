"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type NavLinkProps = {
  href: string;
  label: string;
  /** False while the section is still a placeholder page: it still links, with a "soon" tag. */
  ready: boolean;
  icon?: ReactNode;
};

/** A section is active on its own page and on anything below it (/alerts/123 lights up Alerts). */
export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href.endsWith("/") ? href : `${href}/`);
}

export function NavLink({ href, label, ready, icon }: NavLinkProps) {
  const pathname = usePathname() ?? "";
  const active = isActivePath(pathname, href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      data-testid={`nav-${label.toLowerCase()}`}
      title={ready ? label : `${label} (coming soon)`}
      className={cn(
        "focus-ring group flex h-8 items-center gap-2.5 rounded-md px-2 text-sm transition-colors",
        "justify-center md:justify-start [&_svg]:size-4 [&_svg]:shrink-0",
        active ? "bg-raised font-medium text-fg" : "text-muted hover:bg-raised/60 hover:text-fg",
      )}
    >
      <span aria-hidden className={cn(active ? "text-accent" : "text-subtle group-hover:text-muted")}>
        {icon}
      </span>
      {/* sr-only on narrow screens keeps the accessible name when the sidebar shrinks to icons. */}
      <span className="sr-only md:not-sr-only">{label}</span>
      {ready ? null : (
        <span className="ml-auto hidden rounded border border-border px-1 text-[10px] leading-4 text-subtle md:inline">
          soon
        </span>
      )}
    </Link>
  );
}
