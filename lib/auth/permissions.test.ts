import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES, PERMISSIONS, ROLE_PERMISSIONS, roleHas, SECTIONS } from "./permissions";

// The table in DESIGN.md, written out independently of the map it checks.
const EXPECTED: Record<string, string> = {
  "alerts:read": "ANALYST LEAD AUDITOR ADMIN",
  "models:read": "ANALYST LEAD AUDITOR ADMIN",
  "monitoring:read": "ANALYST LEAD AUDITOR ADMIN",
  "alerts:triage": "ANALYST LEAD",
  "alerts:bulk": "ANALYST LEAD",
  "alerts:assign": "LEAD ADMIN",
  "team:read": "LEAD ADMIN",
  "models:threshold": "LEAD",
  "models:promote": "LEAD",
  "datasets:write": "LEAD",
  "models:retrain": "LEAD",
  "datasets:read": "LEAD AUDITOR ADMIN",
  "predictions:history": "LEAD AUDITOR ADMIN",
  "audit:read": "LEAD AUDITOR ADMIN",
  "exports:create": "LEAD AUDITOR ADMIN",
  "users:manage": "ADMIN",
  "apikeys:manage": "ADMIN",
  "settings:manage": "ADMIN",
};

describe("role → permission map", () => {
  it.each(Object.entries(EXPECTED))("%s is granted to exactly %s", (permission, roles) => {
    const granted = Object.keys(ROLE_PERMISSIONS).filter((role) => roleHas(role as never, permission as never));
    expect(granted.join(" ")).toBe(roles);
  });

  it("every permission a role holds is a known one, and every scope is a permission", () => {
    for (const list of Object.values(ROLE_PERMISSIONS)) for (const p of list) expect(PERMISSIONS).toContain(p);
    for (const scope of API_KEY_SCOPES) expect(PERMISSIONS).toContain(scope);
  });

  it("auditors cannot reach the admin section", () => {
    const admin = SECTIONS.find((s) => s.href === "/admin")!;
    expect(roleHas("AUDITOR", admin.permission)).toBe(false);
    expect(roleHas("ADMIN", admin.permission)).toBe(true);
  });
});
