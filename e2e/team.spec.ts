import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("a lead sees the team's load, verdict mix and time to triage, and can change the FP cost", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.getByTestId("nav-team").click();
  await expect(page.getByTestId("team-dashboard")).toBeVisible();
  await expect(page.getByTestId("verdict-mix-chart")).toBeVisible();
  await expect(page.getByTestId("analyst-load-chart")).toBeVisible();
  await expect(page.getByTestId("team-timing-ALL")).toBeVisible();
  const hours = page.getByTestId("team-stat-fp-hours-value");
  const before = await hours.textContent();
  await page.getByTestId("team-setting-fpMinutes").fill("15");
  await page.getByTestId("team-apply").click();
  await expect(page).toHaveURL(/fpMinutes=15/);
  await expect(hours).not.toHaveText(before!);
  await page.getByTestId("team-setting-fpMinutes").fill("-3");
  await page.getByTestId("team-apply").click();
  await expect(page.getByTestId("team-error-fpMinutes")).toBeVisible();
});

test("an analyst has no team page", async ({ page }) => {
  await signIn(page, "ANALYST");
  await expect(page.getByTestId("nav-team")).toHaveCount(0);
  expect((await page.goto("/team"))?.status()).toBe(403);
});
