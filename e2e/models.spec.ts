import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

// The demo registers intrusion-detector 1.0.0 (production) and 1.1.0 (shadow on the same
// events); alerts carry analyst verdicts and a 1.5 % audit sample below the threshold is
// labelled, so the evaluation is a weighted (inverse-probability) estimate.
const MODEL = "intrusion-detector";

test("a lead tunes the production threshold with a preset and approves the proposal", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.getByTestId("nav-models").click();
  await expect(page.getByTestId("model-registry")).toBeVisible();
  await expect(page.getByTestId(`version-row-${MODEL}-1.1.0`)).toBeVisible();
  await page.getByTestId(`version-link-${MODEL}-1.0.0`).click();

  await expect(page.getByTestId("version-stage")).toHaveAttribute("data-stage", "PRODUCTION");
  await expect(page.getByTestId("version-lineage")).toBeVisible();
  await expect(page.getByTestId("estimate-banner")).toHaveAttribute("data-estimate", "weighted");
  // every chart says which estimate it shows
  for (const chart of ["pr-chart", "roc-chart", "reliability-chart", "confusion-matrix"]) {
    await expect(page.getByTestId(chart)).toBeVisible();
    await expect(page.getByTestId(`${chart}-estimate`)).toContainText("Weighted estimate");
  }
  await expect(page.getByTestId("metric-averagePrecision-live")).not.toHaveText("—");

  const before = (await page.getByTestId("version-threshold").textContent())!;
  const hours = page.getByTestId("tuner-analystHoursPerDay-value");
  const hoursBefore = await hours.textContent();
  // Breach response first; should it land on today's threshold, the executive preset moves it.
  for (const preset of ["breach-response", "executive-dashboard"]) {
    await page.getByTestId(`preset-${preset}`).click();
    await expect(page.getByTestId("preset-message")).toBeVisible();
    const met = (await page.getByTestId("preset-message").getAttribute("data-met")) === "true";
    if (met && (await page.getByTestId("tuner-threshold").textContent()) !== before) break;
  }
  await expect(page.getByTestId("preset-message")).toHaveAttribute("data-met", "true");
  const proposed = (await page.getByTestId("tuner-threshold").textContent())!;
  expect(proposed).not.toBe(before);
  // the read-out follows the threshold: a different threshold, a different analyst cost
  await expect(hours).not.toHaveText(hoursBefore!);

  await page.getByTestId("propose-reason").fill("Tuned with a SOC preset on the demo traffic");
  await page.getByTestId("propose-submit").click();
  await expect(page.getByTestId("propose-done")).toBeVisible();
  await expect(page.getByTestId("open-proposal")).toContainText(proposed);
  // the threshold has not changed yet: a proposal needs a lead's approval
  await expect(page.getByTestId("version-threshold")).toHaveText(before);

  // The demo has one lead: approving one's own proposal takes an explicit confirmation.
  await expect(page.getByTestId("approve-proposal")).toBeDisabled();
  await page.getByTestId("confirm-self-approval").check();
  await page.getByTestId("approve-proposal").click();
  await expect(page.getByTestId("version-threshold")).toHaveText(proposed);
  await expect(page.getByTestId("past-proposals")).toContainText("self-approved");
});

test("a lead compares the challenger, sees the gate, approves a canary promotion and rolls it back in one click", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.goto(`/models/${MODEL}/1.1.0`);
  await expect(page.getByTestId("version-stage")).toHaveAttribute("data-stage", "SHADOW");
  await expect(page.getByTestId("comparison")).toBeVisible();
  await expect(page.getByTestId("comparison-estimate")).toContainText("Weighted estimate");
  await expect(page.getByTestId("mcnemar")).toContainText("McNemar");
  const labels = page.getByTestId("gate-labels");
  const regression = page.getByTestId("gate-regression");
  await expect(regression).toBeVisible();
  const gateOpen = (await labels.getAttribute("data-passed")) === "true" && (await regression.getAttribute("data-passed")) === "true";

  await page.getByTestId("promote-open").click();
  const dialog = page.getByTestId("promote-dialog");
  await expect(dialog).toBeVisible();
  await page.getByTestId("promote-reason").fill("Gather live evidence on the purple-team detections");
  // Production replaces the champion: the server refuses it while the gate is closed, and the dialog says so.
  await page.getByTestId("promote-stage").selectOption("PRODUCTION");
  if (gateOpen) await expect(page.getByTestId("promote-confirm")).toBeEnabled();
  else {
    await expect(page.getByTestId("promote-gate-closed")).toBeVisible();
    await expect(page.getByTestId("promote-confirm")).toBeDisabled();
  }

  await page.getByTestId("promote-stage").selectOption("CANARY");
  await page.getByTestId("promote-confirm").click();
  await expect(page.getByTestId("promote-done")).toBeVisible();
  await expect(page.getByTestId("version-stage")).toHaveAttribute("data-stage", "CANARY");
  await expect(page.getByTestId("stage-change").first()).toContainText("Gather live evidence");
  await expect(page.getByTestId("promotions")).toContainText("lead@vigil.demo");

  // One click undoes it.
  await page.getByTestId("rollback").click();
  await expect(page.getByTestId("rollback-done")).toBeVisible();
  await expect(page.getByTestId("version-stage")).toHaveAttribute("data-stage", "SHADOW");
  await expect(page.getByTestId("promotions")).toContainText("rolled back");
});

test("an analyst reads the registry but is refused threshold changes and promotions", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.getByTestId("nav-models").click();
  await page.getByTestId(`version-link-${MODEL}-1.1.0`).click();
  await expect(page.getByTestId("version-lineage")).toBeVisible();
  await expect(page.getByTestId("evaluation-forbidden")).toBeVisible();
  await expect(page.getByTestId("preset-breach-response")).toHaveCount(0);
  await expect(page.getByTestId("promote-open")).toHaveCount(0);
  await expect(page.getByTestId("rollback")).toHaveCount(0);

  const base = `/api/v1/models/${MODEL}/versions`;
  const proposal = await page.request.post(`${base}/1.0.0/threshold-proposals`, { data: { threshold: 0.5, reason: "fewer alerts for me please" } });
  expect(proposal.status()).toBe(403);
  const promotion = await page.request.post(`${base}/1.1.0/promotion`, { data: { toStage: "CANARY", reason: "I would like to try it out" } });
  expect(promotion.status()).toBe(403);
  const rollback = await page.request.post(`/api/v1/models/${MODEL}/rollback`, { data: {} });
  expect(rollback.status()).toBe(403);
  expect((await page.request.get(`${base}/1.0.0/evaluation`)).status()).toBe(403);
});
