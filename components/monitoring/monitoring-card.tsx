import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatHint } from "./stat-hint";

/** A titled section of the monitoring page: the caption is always visible, the why sits in the hint. */
export function MonitoringCard({ id, title, caption, hint, testId, className, actions, children }: { id?: string; title: string; caption?: React.ReactNode; hint?: React.ReactNode; testId?: string; className?: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card id={id} className={className} data-testid={testId}>
      <CardHeader>
        <div className="min-w-0 space-y-0.5">
          <div className="flex items-center gap-1.5">
            <CardTitle>{title}</CardTitle>
            {hint ? <StatHint label={title}>{hint}</StatHint> : null}
          </div>
          {caption ? <CardDescription>{caption}</CardDescription> : null}
        </div>
        {actions}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
