import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { MetricHint } from "./metric-hint";

/** A titled section of the team page: a one-line caption always visible, the why in the hint. */
export function TeamCard({
  title,
  caption,
  hint,
  testId,
  className,
  children,
}: {
  title: string;
  caption: string;
  hint: React.ReactNode;
  testId?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <Card className={className} data-testid={testId}>
      <CardHeader>
        <div className="min-w-0 space-y-0.5">
          <div className="flex items-center gap-1.5">
            <CardTitle>{title}</CardTitle>
            <MetricHint label={title}>{hint}</MetricHint>
          </div>
          <CardDescription>{caption}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
