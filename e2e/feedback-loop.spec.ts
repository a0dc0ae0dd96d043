import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

// Closing the loop in the console. The demo's analysts judged alerts of intrusion-detector
// 1.0.0 (production), false positives among them; a lead turns those verdicts into a dataset
// snapshot, exports it, retrains a challenger on it with the built-in trainer, and finds the new
// version in shadow on the Models page with its lineage (the snapshot, the parent version).
const MODEL = "intrusion-detector";

test("a lead builds a dataset from false-positive verdicts, exports it, retrains, and sees the challenger in shadow", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "LEAD");
  await page.getByTestId("nav-datasets").click();
  const builder = page.getByRole("form", { name: "Dataset builder" });
  await expect(builder).toBeVisible();

  const name = `feedback-loop-${Date.now()}`;
  await builder.getByLabel("Dataset name").fill(name);
  await builder.getByLabel("Model and version").selectOption({ label: `${MODEL} 1.0.0` });
  // The default mapping: false positives are the negatives (class 0), true positives class 1.
  await builder.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("dataset-preview");
  await expect(preview).toContainText("false positive");
  await expect(preview).toContainText("true positive");
  await builder.getByRole("button", { name: "Create version" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${name}/1$`));
  await expect(page.getByTestId("dataset-version")).toContainText(`${name} / v1`);

  // Export it, as a pipeline would pull it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSONL" }).click()]);
  expect(download.suggestedFilename()).toBe(`${name}-v1.jsonl`);
  const rows = (await readFile((await download.path())!, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { class: number; verdict: string });
  const falsePositives = rows.filter((row) => row.verdict === "FALSE_POSITIVE");
  expect(falsePositives.length).toBeGreaterThan(0);
  for (const row of falsePositives) expect(row.class).toBe(0);
  expect(rows.some((row) => row.class === 1)).toBe(true);

  // Retrain a challenger on it: the dialog says what it challenges and what it trains on.
  await page.getByTestId("retrain-open").click();
  await expect(page.getByTestId("retrain-dialog")).toBeVisible();
  await expect(page.getByTestId("retrain-base")).toHaveText(`${MODEL} 1.0.0 (production)`);
  await expect(page.getByTestId("retrain-rows")).toHaveText(rows.length.toLocaleString("en"));
  await expect(page.getByTestId("retrain-balance")).toContainText("%");
  await page.getByTestId("retrain-confirm").click();
  await expect(page.getByTestId("retrain-dialog")).toBeHidden();

  const progress = page.getByTestId("retrain-progress");
  await expect(progress).toBeVisible();
  await expect(progress.getByRole("progressbar", { name: "Retraining progress" })).toBeVisible();
  await expect(progress).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 90_000 });
  await expect(progress.getByRole("progressbar", { name: "Retraining progress" })).toHaveAttribute("aria-valuenow", "100");
  const result = page.getByTestId("retrain-result");
  await expect(result).toContainText("(shadow)");
  const version = (await result.getAttribute("data-version"))!;
  expect(version).toMatch(/^1\.\d+\.0$/);

  // The new version's page: in shadow, with its lineage.
  await result.click();
  await expect(page).toHaveURL(new RegExp(`/models/${MODEL}/${version.replaceAll(".", "\\.")}$`));
  await expect(page.getByTestId("version-stage")).toHaveAttribute("data-stage", "SHADOW");
  await expect(page.getByTestId("lineage-dataset")).toHaveText(`${name}@1`);
  await expect(page.getByTestId("lineage-parent")).toContainText("1.0.0");
  await expect(page.getByTestId("lineage-parent")).toContainText("built-in trainer");
  await expect(page.getByTestId("stage-change").first()).toContainText("registered");

  // And on the Models page, listed in shadow next to the champion.
  await page.getByTestId("nav-models").click();
  const row = page.getByTestId(`version-row-${MODEL}-${version}`);
  await expect(row).toBeVisible();
  await expect(row.locator('[data-stage="SHADOW"]')).toBeVisible();
  await expect(page.getByTestId(`version-dataset-${MODEL}-${version}`)).toHaveText(`${name}@1`);
});

test("an auditor reads datasets but is not offered a retrain", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await page.getByTestId("nav-datasets").click();
  await page.getByRole("table").first().getByRole("link").first().click();
  await expect(page.getByTestId("dataset-version")).toBeVisible();
  await expect(page.getByTestId("retrain-open")).toHaveCount(0);
  const refused = await page.request.post("/api/v1/datasets/any/versions/1/retrain", { data: {} });
  expect(refused.status()).toBe(403);
});
