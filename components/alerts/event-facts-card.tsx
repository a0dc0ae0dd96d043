// The "Event" card of the below-threshold and second-opinion screens: labelled facts, a dash
// where one is missing.
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatTime } from "./format";

export type EventFact = [label: string, value: ReactNode];

type SampledEvent = {
  time: string;
  eventId: string;
  entity: { host: string | null; user: string | null; sourceIp: string | null; businessUnit: string | null };
  model: { name: string; version: string };
};

/** The facts every sampled event shows: when, which event, the entity and the model. */
export function eventFacts(event: SampledEvent): EventFact[] {
  return [
    ["Time", formatTime(event.time)],
    ["Event id", <code key="e" className="text-xs">{event.eventId}</code>],
    ["Host", event.entity.host],
    ["User", event.entity.user],
    ["Source IP", event.entity.sourceIp],
    ["Business unit", event.entity.businessUnit],
    ["Model", `${event.model.name} ${event.model.version}`],
  ];
}

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
