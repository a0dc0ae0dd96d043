"use client";
// The Admin page: people and API keys, one tab each; the URL holds the tab so it can be linked.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { ApiKeysPanel } from "./api-keys-panel";
import { UsersPanel } from "./users-panel";

const TABS = [
  { id: "people", label: "People" },
  { id: "keys", label: "API keys" },
] as const;

export function AdminConsole({ selfId, canManageKeys, serverNow }: { selfId: string; canManageKeys: boolean; serverNow: number }) {
  const params = useSearchParams();
  const tabs = TABS.filter((t) => t.id !== "keys" || canManageKeys);
  const active = tabs.find((t) => t.id === params.get("tab"))?.id ?? "people";
  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="Admin sections" className="flex gap-1 border-b border-border">
        {tabs.map((tab) => (
          <Link
            key={tab.id}
            role="tab"
            aria-selected={tab.id === active}
            href={tab.id === "people" ? "/admin" : `/admin?tab=${tab.id}`}
            replace
            scroll={false}
            className={cn(
              "focus-ring -mb-px border-b-2 px-3 py-2 text-sm font-medium",
              tab.id === active ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg",
            )}
            data-testid={`admin-tab-${tab.id}`}
          >
            {tab.label}
          </Link>
        ))}
      </div>
      <div role="tabpanel">{active === "keys" ? <ApiKeysPanel serverNow={serverNow} /> : <UsersPanel selfId={selfId} />}</div>
    </div>
  );
}
