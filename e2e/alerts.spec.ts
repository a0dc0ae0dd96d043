import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("an analyst opens an alert from the queue and sees why the model fired", async ({ page }) => {
  await signIn(page, "ANALYST");
  const rows = page.getByTestId("alert-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);

  await page.getByTestId("alert-link").first().click();
  await expect(page).toHaveURL(/\/alerts\/\d+$/);
  await expect(page.getByRole("heading", { name: /Alert #\d+/ })).toBeVisible();
  await expect(page.getByText("Why the model fired")).toBeVisible();
  await expect(page.getByTestId("shap-waterfall")).toBeVisible();
  await expect(page.getByTestId("explanation-check")).toContainText("Adds up");
  await expect(page.getByRole("table", { name: "Feature values" })).toBeVisible();
});

test("queue filters live in the URL and narrow the rows", async ({ page }) => {
  await signIn(page, "ANALYST");
  await expect(page.getByTestId("alert-row").first()).toBeVisible();
  await page.getByTestId("filter-status-RESOLVED").click();
  await expect(page).toHaveURL(/status=RESOLVED/);
  await expect(page.getByTestId("alert-row").first()).toBeVisible();
  await expect(page.getByTestId("alert-row").filter({ hasNotText: /resolved/i })).toHaveCount(0);
});
