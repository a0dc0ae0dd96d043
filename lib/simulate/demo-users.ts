// The demo's people: one sign-in per role, plus analysts who gave the scenario's verdicts.
// Passwords are public by design: this is a demo data set, never a deployment.
import type { Role } from "@/lib/auth/permissions";

export type DemoUser = { email: string; name: string; role: Role; password: string };

export const DEMO_USERS: DemoUser[] = [
  { email: "analyst@vigil.demo", name: "Ana Lopez", role: "ANALYST", password: "analyst-demo-1" },
  { email: "sam@vigil.demo", name: "Sam Okafor", role: "ANALYST", password: "analyst-demo-2" },
  { email: "kim@vigil.demo", name: "Kim Nguyen", role: "ANALYST", password: "analyst-demo-3" },
  { email: "lead@vigil.demo", name: "Lee Fischer", role: "LEAD", password: "lead-demo-2026" },
  { email: "auditor@vigil.demo", name: "Audrey Marsh", role: "AUDITOR", password: "auditor-demo-2026" },
  { email: "admin@vigil.demo", name: "Adi Rahman", role: "ADMIN", password: "admin-demo-2026" },
];

export const DEMO_ANALYSTS = DEMO_USERS.filter((u) => u.role === "ANALYST").map((u) => u.email);
