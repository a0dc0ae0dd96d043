import { describe, expect, it } from "vitest";
import { claimValue, groupsOf, oidcSettingsFrom, parseRoleMap, roleFromClaims } from "./oidc-settings";

const FULL = {
  VIGIL_OIDC_ISSUER: "https://keycloak.example.com/realms/soc/",
  VIGIL_OIDC_CLIENT_ID: "vigil",
  VIGIL_OIDC_CLIENT_SECRET: "s3cret",
  VIGIL_OIDC_ROLE_MAP: "soc-admins=ADMIN, soc-leads=lead,soc-analysts=ANALYST,auditors=AUDITOR",
};

describe("single sign-on settings", () => {
  it("are off when nothing is set", () => {
    expect(oidcSettingsFrom({})).toBeUndefined();
  });

  it("build the provider settings with defaults", () => {
    expect(oidcSettingsFrom(FULL)).toEqual({
      issuer: "https://keycloak.example.com/realms/soc",
      clientId: "vigil",
      clientSecret: "s3cret",
      name: "single sign-on",
      roleClaim: "groups",
      roleMap: [
        { group: "soc-admins", role: "ADMIN" },
        { group: "soc-leads", role: "LEAD" },
        { group: "soc-analysts", role: "ANALYST" },
        { group: "auditors", role: "AUDITOR" },
      ],
      scopes: "openid email profile",
    });
    expect(oidcSettingsFrom({ ...FULL, VIGIL_OIDC_NAME: "Okta", VIGIL_OIDC_ROLE_CLAIM: "realm_access.roles", VIGIL_OIDC_SCOPES: "openid email profile groups" })).toMatchObject({
      name: "Okta",
      roleClaim: "realm_access.roles",
      scopes: "openid email profile groups",
    });
  });

  it("refuse half a configuration, naming what is missing", () => {
    expect(() => oidcSettingsFrom({ VIGIL_OIDC_ISSUER: FULL.VIGIL_OIDC_ISSUER })).toThrow(/VIGIL_OIDC_CLIENT_ID, VIGIL_OIDC_CLIENT_SECRET, VIGIL_OIDC_ROLE_MAP/);
    expect(() => oidcSettingsFrom({ ...FULL, VIGIL_OIDC_ROLE_MAP: " " })).toThrow(/VIGIL_OIDC_ROLE_MAP/);
  });

  it("refuse a plain-HTTP issuer (except on this machine) and a malformed one", () => {
    expect(() => oidcSettingsFrom({ ...FULL, VIGIL_OIDC_ISSUER: "http://idp.example.com" })).toThrow(/https/);
    expect(oidcSettingsFrom({ ...FULL, VIGIL_OIDC_ISSUER: "http://localhost:8080/realms/dev" })?.issuer).toBe("http://localhost:8080/realms/dev");
    expect(() => oidcSettingsFrom({ ...FULL, VIGIL_OIDC_ISSUER: "keycloak" })).toThrow(/not a URL/);
  });

  it("refuse a role map with an unknown role or without a group", () => {
    expect(() => parseRoleMap("soc=SUPERUSER")).toThrow(/"soc=SUPERUSER"/);
    expect(() => parseRoleMap("=ADMIN")).toThrow(/not group=ROLE/);
    expect(() => parseRoleMap("soc-admins")).toThrow(/not group=ROLE/);
    // LDAP DNs hold "," and "=": pairs split on ";" then, and the last "=" separates the role.
    expect(parseRoleMap("cn=soc,ou=groups=LEAD; cn=ana,ou=groups=analyst")).toEqual([
      { group: "cn=soc,ou=groups", role: "LEAD" },
      { group: "cn=ana,ou=groups", role: "ANALYST" },
    ]);
  });
});

describe("IdP groups → role", () => {
  const settings = oidcSettingsFrom(FULL)!;

  it("gives the first mapping's role the person's groups match (map order is precedence)", () => {
    expect(roleFromClaims({ groups: ["soc-analysts"] }, settings)).toBe("ANALYST");
    expect(roleFromClaims({ groups: ["soc-analysts", "soc-leads"] }, settings)).toBe("LEAD");
    expect(roleFromClaims({ groups: ["everyone", "auditors", "soc-admins"] }, settings)).toBe("ADMIN");
  });

  it("grants nothing without a mapped group", () => {
    expect(roleFromClaims({ groups: ["finance"] }, settings)).toBeUndefined();
    expect(roleFromClaims({}, settings)).toBeUndefined();
    expect(roleFromClaims({ groups: "not-a-list-of-ours" }, settings)).toBeUndefined();
    expect(roleFromClaims({ groups: [42, null, { name: "soc-admins" }] }, settings)).toBeUndefined();
  });

  it("matches Keycloak group paths and case differences", () => {
    expect(roleFromClaims({ groups: ["/SOC-Leads"] }, settings)).toBe("LEAD");
  });

  it("reads nested claims (Keycloak realm roles), URL-named claims (Okta, Auth0) and single strings", () => {
    const keycloak = { ...settings, roleClaim: "realm_access.roles" };
    expect(roleFromClaims({ realm_access: { roles: ["offline_access", "soc-analysts"] } }, keycloak)).toBe("ANALYST");
    const okta = { ...settings, roleClaim: "https://vigil.example.com/groups" };
    expect(roleFromClaims({ "https://vigil.example.com/groups": ["auditors"] }, okta)).toBe("AUDITOR");
    expect(roleFromClaims({ groups: "soc-leads" }, settings)).toBe("LEAD");
    expect(claimValue({ a: { b: 1 } }, "a.b.c")).toBeUndefined();
  });

  it("maps Entra ID app roles or group object ids", () => {
    const entra = { roleClaim: "roles", roleMap: parseRoleMap("Vigil.Admin=ADMIN,1f0b8a52-4c1e-4f7e-9d2a-7a7f3c1e9b10=ANALYST") };
    expect(roleFromClaims({ roles: ["Vigil.Admin"] }, entra)).toBe("ADMIN");
    expect(roleFromClaims({ roles: ["1F0B8A52-4C1E-4F7E-9D2A-7A7F3C1E9B10"] }, entra)).toBe("ANALYST");
    expect(groupsOf({ roles: [] }, "roles")).toEqual([]);
  });
});
