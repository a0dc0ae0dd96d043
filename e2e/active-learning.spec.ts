import { expect, test, type Page } from "@playwright/test";
import type { ActiveLearningQueue } from "../lib/active-learning/schemas";
import { signIn } from "./support/session";

// The demo's champion (1.0.0) and its shadow challenger (1.1.0) score the same events up to
// today, and no active-learning budget is set: the default applies.
async function queueNow(page: Page, strategy = "uncertainty") {
  const response = await page.request.get(`/api/v1/active-learning?strategy=${strategy}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ActiveLearningQueue;
}

const focusedId = async (page: Page) => Number(await page.locator('[data-testid="al-row"][aria-selected="true"]').getAttribute("data-al-id"));

test("an analyst works the active-learning queue with the keyboard, in both strategies", async ({ page }) => {
  await signIn(page, "ANALYST");
  const before = await queueNow(page);
  expect(before.items.length).toBeGreaterThan(1);
  await page.goto("/alerts");
  await page.getByTestId("tab-active-learning").click();
  await expect(page).toHaveURL(/\/alerts\/active-learning/);
  await expect(page.getByTestId("budget-text")).toHaveText(`${before.usedToday} of ${before.budget} today`);
  const rows = page.getByTestId("al-row");
  await expect(rows.first()).toHaveAttribute("aria-selected", "true");
  const first = await focusedId(page);
  expect(first).toBe(before.items[0].predictionId);
  // Why it was picked, and what the model saw.
  await expect(page.getByTestId("al-why")).toContainText(/is \d\.\d{3,8} (above|below) the threshold/);
  await expect(page.getByTestId("explanation-check")).toBeVisible();

  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("k");
  await expect(rows.first()).toHaveAttribute("aria-selected", "true");

  // "t": a true positive (on an alert) or "malicious, missed" (below the threshold), no dialog.
  await page.keyboard.press("t");
  await expect(page.locator(`[data-testid="al-row"][data-al-id="${first}"]`)).toHaveCount(0);
  await expect(page.getByTestId("budget-text")).toHaveText(`${before.usedToday + 1} of ${before.budget} today`);
  expect((await queueNow(page)).items.map((i) => i.predictionId)).not.toContain(first);

  // Champion vs challenger: the shadow version's score beside the champion's.
  await page.getByTestId("strategy-disagreement").click();
  await expect(page).toHaveURL(/strategy=disagreement/);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("al-why")).toContainText("challenger 1.1.0 (shadow)");
  const picked = await focusedId(page);
  const disagreeing = await queueNow(page, "disagreement");
  const item = disagreeing.items.find((i) => i.predictionId === picked)!;
  await page.keyboard.press("f");
  if (item.alertId !== null) {
    // On an alert a false positive needs its reason.
    const dialog = page.getByTestId("verdict-dialog");
    await expect(dialog).toBeVisible();
    await page.getByTestId("reason-known_benign_tool").check();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
  }
  await expect(page.locator(`[data-testid="al-row"][data-al-id="${picked}"]`)).toHaveCount(0);
  await expect(page.getByTestId("budget-text")).toHaveText(`${before.usedToday + 2} of ${before.budget} today`);
});

test("a lead sets the daily budget; once it is spent the queue says so", async ({ page }) => {
  await signIn(page, "LEAD");
  const before = await queueNow(page);
  await page.goto("/alerts/active-learning");
  const input = page.getByTestId("budget-input");
  await input.fill("-3");
  await page.getByTestId("budget-save").click();
  await expect(page.getByTestId("budget-error")).toContainText("0 (pause) or more");

  // A budget equal to what was given today: spent.
  await input.fill(String(before.usedToday));
  await page.getByTestId("budget-save").click();
  await expect(page.getByTestId("budget-text")).toHaveText(`${before.usedToday} of ${before.usedToday} today`);
  await expect(page.getByTestId("al-spent")).toBeVisible();
  await expect(page.getByTestId("al-row")).toHaveCount(0);
  const refused = await page.request.post("/api/v1/active-learning/verdicts", { data: { predictionId: before.items[0].predictionId, verdict: "TRUE_POSITIVE" } });
  expect(refused.status()).toBe(409);

  // Back to where it was: the picks return.
  await page.getByTestId("budget-input").fill(String(before.budget));
  await page.getByTestId("budget-save").click();
  await expect(page.getByTestId("al-row").first()).toBeVisible();
});

test("analysts see the budget but cannot change it", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.goto("/alerts/active-learning");
  await expect(page.getByTestId("budget-meter")).toBeVisible();
  await expect(page.getByTestId("budget-form")).toHaveCount(0);
  const refused = await page.request.put("/api/v1/active-learning/budget", { data: { model: "intrusion-detector", dailyBudget: 500 } });
  expect(refused.status()).toBe(403);
});
