import { expect, test } from "@playwright/test";
import { DEMO_USERS, type DemoUser } from "../lib/simulate/demo-users";
import { signIn, signInAs } from "./support/session";

// The demo gives a 5 % sample of verdicts a second opinion by another analyst; the most recent
// ones are still waiting for it, and some verdicts were changed later (overturns).
test("an analyst gives a blind second opinion on a colleague's verdict", async ({ page }) => {
  // A short demo leaves only a few cases waiting, each offered to the two analysts who did not
  // judge it: sign in as one who has some.
  let me: DemoUser | undefined;
  for (const analyst of DEMO_USERS.filter((u) => u.role === "ANALYST")) {
    await page.context().clearCookies();
    await signInAs(page, analyst);
    const waiting = (await (await page.request.get("/api/v1/label-reviews")).json()) as { pending: number };
    if (waiting.pending > 0) {
      me = analyst;
      break;
    }
  }
  expect(me, "no demo analyst has a case waiting for a second opinion").toBeDefined();
  await page.goto("/alerts");
  await page.getByTestId("tab-second-opinion").click();
  await expect(page).toHaveURL(/\/alerts\/second-opinion$/);
  const queue = page.getByTestId("second-opinion-queue");
  await expect(queue).toBeVisible();
  await expect(page.getByTestId("second-opinion-row").first()).toBeVisible();
  // Blind: no verdict and no colleague's name anywhere in the list.
  const colleagues = DEMO_USERS.filter((u) => u.role === "ANALYST" && u.email !== me!.email).map((u) => u.name);
  for (const name of colleagues) await expect(queue).not.toContainText(name);
  await expect(queue.locator("[data-verdict]")).toHaveCount(0);

  await page.getByTestId("second-opinion-link").first().click();
  await expect(page).toHaveURL(/\/alerts\/second-opinion\/\d+$/);
  const caseUrl = page.url();
  const detail = page.getByTestId("second-opinion-detail");
  await expect(detail).toBeVisible();
  for (const name of colleagues) await expect(detail).not.toContainText(name);
  await expect(page.getByTestId("second-opinion-panel").locator("[data-verdict]")).toHaveCount(0);

  // A false positive asks for a reason (optional), then the next case opens (or this one shows what was said).
  await page.keyboard.press("f");
  await expect(page.getByTestId("second-opinion-reason")).toBeVisible();
  await page.getByTestId("second-opinion-reason-known_benign_tool").check();
  await page.getByTestId("second-opinion-confirm").click();
  await expect.poll(async () => page.url() !== caseUrl || (await page.getByTestId("second-opinion-recorded").count()) > 0).toBe(true);

  // Back on the case just judged: it shows this analyst's own second opinion, and is out of the queue.
  await page.goto(caseUrl);
  await expect(page.getByTestId("second-opinion-recorded")).toContainText("False positive");
  const id = caseUrl.split("/").pop()!;
  await page.goto("/alerts/second-opinion");
  await expect(page.getByTestId("second-opinion-queue")).toBeVisible();
  await expect(page.locator(`a[href="/alerts/second-opinion/${id}"]`)).toHaveCount(0);
});

test("a lead reads label quality on the Datasets page: kappa, overturns by reason, per analyst", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.getByTestId("nav-datasets").click();
  const section = page.getByTestId("label-quality");
  await expect(section).toBeVisible();
  await expect(page.getByTestId("label-quality-stat-kappa-value")).toHaveText(/^-?\d\.\d\d$/);
  await expect(page.getByTestId("label-quality-stat-kappa")).toContainText("pairs");
  await expect(page.getByTestId("overturn-rate-chart")).toBeVisible();
  await expect(page.getByTestId("label-quality-confusion")).toBeVisible();
  // The three demo analysts, and anyone who judged alerts in earlier specs.
  await expect(page.getByTestId("label-quality-analyst-row").first()).toBeVisible();
  expect(await page.getByTestId("label-quality-analyst-row").count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("label-quality-reason-row").first()).toBeVisible();

  await page.getByTestId("label-quality-model").selectOption("intrusion-detector");
  await page.getByTestId("label-quality-apply").click();
  await expect(page).toHaveURL(/lqModel=intrusion-detector/);
  await expect(page.getByTestId("label-quality-stat-kappa-value")).toBeVisible();

  await page.getByTestId("label-quality-from").fill("2026-13-45");
  await page.getByTestId("label-quality-apply").click();
  await expect(page.getByTestId("label-quality-error-from")).toBeVisible();
  await expect(page.getByTestId("label-quality-invalid")).toBeVisible();
  await page.getByTestId("label-quality-reset").click();
  await expect(page.getByTestId("label-quality-summary")).toBeVisible();
});

test("an auditor sees label quality but has no second-opinion queue", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await expect(page.getByTestId("tab-second-opinion")).toHaveCount(0);
  expect((await page.goto("/alerts/second-opinion"))?.status()).toBe(403);
  await page.goto("/datasets");
  await expect(page.getByTestId("label-quality-summary")).toBeVisible();
});
