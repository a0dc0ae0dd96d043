import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("an alert shows its context: the same host or user this week and similar past alerts", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.goto("/alerts?status=NEW&sort=score");
  await page.getByTestId("alert-link").first().click();
  const context = page.getByTestId("alert-context");
  await expect(context).toBeVisible();
  await expect(context.getByTestId("similar-alert").first()).toBeVisible();
  await expect(page.getByTestId("plain-reasons")).toContainText("raised the score");
});

test("one verdict applied to a whole group of open alerts", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.getByTestId("tab-groups").click();
  const group = page.getByTestId("alert-group-row").first();
  await expect(group).toBeVisible();
  const count = Number(await group.locator("td").nth(2).textContent());
  expect(count).toBeGreaterThanOrEqual(2);
  await group.getByTestId("apply-group-verdict").click();
  await page.getByTestId("group-verdict-FALSE_POSITIVE").click();
  await page.getByTestId("reason-duplicate").check();
  await page.getByTestId("verdict-confirm").click();
  await expect(page.getByTestId("group-verdict-done")).toHaveText(`Recorded a verdict on ${count} alerts.`);
});

test("the audit sample is labelled in the same screens, and the count of samples to label drops", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.getByTestId("tab-audit-sample").click();
  const badge = page.getByTestId("tab-audit-sample");
  await expect(badge).toContainText("to label");
  const before = Number((await badge.textContent())!.match(/(\d+) to label/)![1]);
  await page.getByTestId("audit-sample-link").first().click();
  await expect(page.getByText("below threshold: no alert was raised")).toBeVisible();
  await expect(page.getByTestId("shap-waterfall")).toBeVisible();
  await page.keyboard.press("f");
  await expect(page.getByTestId("verdict-history")).toContainText("False positive");
  await page.getByText("← Audit sample").click();
  await expect(page.getByTestId("tab-audit-sample")).toContainText(`${before - 1} to label`);
});
