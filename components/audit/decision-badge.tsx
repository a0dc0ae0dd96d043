// Whether the score reached the threshold in force when the event was scored.
import { Badge } from "@/components/ui/badge";

export function DecisionBadge({ decision }: { decision: boolean }) {
  return decision ? <Badge tone="accent" data-testid="decision">Alerted</Badge> : <Badge tone="outline" data-testid="decision">Not alerted</Badge>;
}
