// First verdict × blind second opinion: where the disagreements are.
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { VERDICT_LABELS, VerdictBadge } from "@/components/ui/verdict-badge";
import { VERDICTS, type Verdict } from "@/lib/alerts/schemas";
import type { LabelQualityReport } from "@/lib/label-quality/schemas";

export function AgreementMatrix({ cells }: { cells: LabelQualityReport["agreement"]["confusion"] }) {
  const count = (first: Verdict, second: Verdict) => cells.find((c) => c.first === first && c.second === second)?.n ?? 0;
  return (
    <Table aria-label="First verdict against second opinion" data-testid="label-quality-confusion">
      <THead>
        <tr>
          <TH>First verdict ↓ · second opinion →</TH>
          {VERDICTS.map((v) => (
            <TH key={v} className="text-right"><VerdictBadge verdict={v} compact /></TH>
          ))}
        </tr>
      </THead>
      <TBody>
        {VERDICTS.map((first) => (
          <tr key={first} className="border-b border-border last:border-0">
            <TD className="text-sm">{VERDICT_LABELS[first]}</TD>
            {VERDICTS.map((second) => {
              const n = count(first, second);
              return (
                <TD key={second} className={cn("text-right tabular-nums", first === second ? "font-medium text-fg" : n > 0 ? "text-danger" : "text-subtle")} data-testid={`confusion-${first}-${second}`}>
                  {n}
                </TD>
              );
            })}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
