import { MetricHint } from "@/components/team/metric-hint";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** A titled section of the models pages: a caption always visible, the why in the hint. */
export function SectionCard({
  title,
  caption,
  hint,
  testId,
  className,
  actions,
  children,
}: {
  title: string;
  caption?: React.ReactNode;
  hint?: React.ReactNode;
  testId?: string;
  className?: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card className={className} data-testid={testId}>
      <CardHeader>
        <div className="min-w-0 space-y-0.5">
          <div className="flex items-center gap-1.5">
            <CardTitle>{title}</CardTitle>
            {hint ? <MetricHint label={title}>{hint}</MetricHint> : null}
          </div>
          {caption ? <CardDescription>{caption}</CardDescription> : null}
        </div>
        {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
