// A section that is not built yet: still permission-checked, and plain about what it will hold.
import { NotBuiltYet } from "@/components/shell/not-built-yet";
import { SECTIONS, type Section } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

const PLANS: Record<Exclude<Section["href"], "/alerts">, { description: string; planned: string[] }> = {
  "/models": {
    description: "The model registry with lineage, evaluation on live traffic and gated promotion.",
    planned: ["Versions with stage, threshold, features and training lineage", "PR and ROC curves, calibration, confusion matrix", "Threshold tuning with SOC presets", "Champion vs challenger with a promotion gate"],
  },
  "/monitoring": {
    description: "Data drift, prediction drift and performance decay, from daily roll-ups.",
    planned: ["Feature drift table (PSI, KS, Wasserstein)", "Score distribution shift", "Weekly precision and recall with confidence intervals", "Drift events with a retraining recommendation"],
  },
  "/datasets": {
    description: "Verdicts become versioned, reproducible retraining datasets.",
    planned: ["Dataset builder with verdict → class mapping", "Immutable versions with a content hash and manifest", "CSV, JSONL and Parquet export", "Retrain a challenger from a snapshot"],
  },
  "/audit": {
    description: "The full prediction history and a tamper-evident audit trail.",
    planned: ["Prediction history search", "Hash-chain verification pointing at the first broken link", "Signed checkpoints and evidence export", "Fairness across business units"],
  },
  "/team": {
    description: "Team load and triage performance for leads.",
    planned: ["Alert volume and verdict mix per day", "Time to acknowledge and resolve by severity", "SLA breaches and load per analyst", "Hours spent on false positives"],
  },
  "/admin": {
    description: "Users, roles and API keys.",
    planned: ["Create, disable and re-role users", "API keys with scopes, shown once, revocable", "Settings"],
  },
};

export async function PlannedSection({ href }: { href: keyof typeof PLANS }) {
  const section = SECTIONS.find((s) => s.href === href)!;
  await requirePageUser(section.permission);
  return <NotBuiltYet title={section.label} {...PLANS[href]} />;
}
