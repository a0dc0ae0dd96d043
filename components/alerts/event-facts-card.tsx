// The "Event" card of the below-threshold and second-opinion screens: labelled facts, a dash
// where one is missing.
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export type EventFact = [label: string, value: ReactNode];

export function EventFactsCard({ facts }: { facts: EventFact[] }) {
  return (
    <Card>
      <CardHeader><CardTitle>Event</CardTitle></CardHeader>
      <CardContent>
        <dl className="grid grid-cols-2 gap-3">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-muted">{label}</dt>
              <dd className="text-sm">{value ?? "—"}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
