import { Badge } from "./badge";
import { cn } from "./cn";

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical",
};

const styles: Record<Severity, string> = {
  LOW: "bg-sev-low/12 text-sev-low ring-sev-low/30",
  MEDIUM: "bg-sev-medium/12 text-sev-medium ring-sev-medium/30",
  HIGH: "bg-sev-high/12 text-sev-high ring-sev-high/30",
  CRITICAL: "bg-sev-critical/15 text-sev-critical ring-sev-critical/45",
};

/** Rank 1–4 drives the signal glyph, so severity reads without relying on colour alone. */
const rank: Record<Severity, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export function SeverityBadge({ severity, className }: { severity: Severity; className?: string }) {
  const level = rank[severity];
  return (
    <Badge className={cn(styles[severity], className)} data-severity={severity}>
      <svg aria-hidden viewBox="0 0 10 10" className="size-2.5">
        {[0, 1, 2, 3].map((i) => (
          <rect
            key={i}
            x={i * 2.6}
            y={7 - i * 2}
            width={1.8}
            height={3 + i * 2}
            rx={0.4}
            fill="currentColor"
            opacity={i < level ? 1 : 0.25}
          />
        ))}
      </svg>
      {SEVERITY_LABELS[severity]}
    </Badge>
  );
}
