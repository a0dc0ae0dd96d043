import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("an auditor is refused the admin area, even by typing its address", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await expect(page.getByTestId("nav-admin")).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
});

test("an admin reaches the admin area: people and API keys", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.getByTestId("nav-admin").click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByTestId("users-panel")).toBeVisible();
});

test("pages carry a nonce-based CSP and refuse framing", async ({ page }) => {
  await signIn(page, "ANALYST");
  const response = await page.goto("/alerts");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src[^;]*'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("an analyst's session may read the queue API but not ingest predictions", async ({ page }) => {
  await signIn(page, "ANALYST");
  const response = await page.request.get("/api/v1/alerts?limit=1");
  expect(response.status()).toBe(200);
  const ingest = await page.request.post("/api/v1/predictions", { data: [] });
  expect(ingest.status()).toBe(403);
});
