"use client";
import { SHORTCUTS } from "@/lib/alerts/shortcuts";
import { Dialog } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";

export function ShortcutHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" description="Keys act on the selection when there is one, otherwise on the highlighted alert. They do nothing while you type." testId="shortcut-help">
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1.5 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key} className="contents">
            <dt><Kbd>{shortcut.key}</Kbd></dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
