"use client";
// The user's saved queue views: open one, save the current filters under a name, delete one.
import Link from "next/link";
import { useState } from "react";
import { useDeleteView, useSaveView, useSavedViews } from "@/lib/alerts/use-queue-meta";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function SavedViews({ currentQuery }: { currentQuery: string }) {
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [name, setName] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="saved-views">
      <span className="text-muted">Views</span>
      <Link href="/alerts" className="rounded-full border border-border px-2.5 py-0.5 text-xs text-muted hover:text-fg">all alerts</Link>
      {views.data?.map((view) => (
        <span key={view.id} className="inline-flex items-center rounded-full border border-border text-xs">
          <Link href={`/alerts?${view.query}`} className="px-2.5 py-0.5 hover:text-fg" data-testid="saved-view">{view.name}</Link>
          <button type="button" aria-label={`Delete view ${view.name}`} className="pr-2 text-subtle hover:text-fg" onClick={() => remove.mutate(view.id)}>×</button>
        </span>
      ))}
      <form
        className="flex items-center gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) save.mutate({ name: name.trim(), query: currentQuery }, { onSuccess: () => setName("") });
        }}
      >
        <Input value={name} onChange={(event) => setName(event.target.value)} placeholder="Name this view" aria-label="Name for the current view" className="h-7 w-36 text-xs" maxLength={60} data-testid="view-name" />
        <Button size="sm" variant="secondary" type="submit" disabled={!name.trim() || save.isPending} data-testid="view-save">Save view</Button>
      </form>
      {save.error && <span role="alert" className="text-xs text-sev-critical">{save.error.message}</span>}
    </div>
  );
}
