import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

test("an auditor verifies the chain, signs a checkpoint and sees the retention promise", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await page.getByTestId("nav-audit").click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByTestId("retention-years")).toHaveText("7 years");
  await expect(page.getByTestId("audit-event").first()).toBeVisible();

  await page.getByTestId("verify-chain").click();
  const result = page.getByTestId("verify-result");
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toHaveAttribute("data-ok", "true");
  await expect(result).toContainText(/Intact: all [\d,]+ events/);
  await expect(page.getByTestId("checkpoint-table")).toBeVisible();

  // The verification itself is on the record, as an audited checkpoint.
  await page.getByTestId("audit-filter-action").fill("audit.checkpoint_created");
  await page.getByTestId("audit-filter-apply").click();
  await expect(page).toHaveURL(/action=audit.checkpoint_created/);
  await expect(page.getByTestId("audit-event").first()).toContainText("audit.checkpoint_created");

  const download = page.waitForEvent("download");
  await page.getByTestId("export-checkpoints").click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  expect(exported).toMatchObject({ format: "vigil.audit-checkpoints.v1", algorithm: "Ed25519" });
  expect(exported.checkpoints.length).toBeGreaterThan(0);
});

test("an auditor finds a host's predictions, opens the full record and exports the result as CSV", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await page.goto("/audit/predictions");
  const host = (await page.getByTestId("prediction-host").first().textContent())!.trim();
  expect(host).not.toBe("—");

  await page.getByTestId("prediction-filter-host").fill(host);
  await page.getByTestId("prediction-search").click();
  await expect(page).toHaveURL(new RegExp(`host=${encodeURIComponent(host)}`));
  const hosts = page.getByTestId("prediction-host");
  await expect(hosts.first()).toHaveText(host);
  for (const cell of await hosts.all()) await expect(cell).toHaveText(host);

  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const csv = await readFile(await (await download).path());
  const lines = csv.toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^id,event_id,model,version,time,score,threshold,decision,host/);
  expect(lines.length).toBeGreaterThan(1);
  const manifest = page.getByTestId("export-manifest");
  await expect(manifest).toContainText(createHash("sha256").update(new Uint8Array(csv)).digest("hex"), { timeout: 30_000 });
  await expect(manifest).toContainText(`Exported ${(lines.length - 1).toLocaleString("en-US")} predictions`);

  await page.getByTestId("prediction-link").first().click();
  await expect(page).toHaveURL(/\/audit\/predictions\/\d+$/);
  await expect(page.getByTestId("record-host")).toHaveText(host);
  await expect(page.getByTestId("lineage")).toBeVisible();
  await expect(page.getByTestId("record-score")).toContainText("/");
  await expect(page.getByTestId("explanation-check")).toBeVisible();
});

test("an auditor sees the production model's flagged and too-few groups, as Monitoring computes them, and opens the detail", async ({ page }) => {
  await signIn(page, "AUDITOR");
  await page.goto("/audit");
  const section = page.getByTestId("fairness-section");
  await expect(section).toBeVisible();
  // The demo's production version (models.spec promotes another only later).
  const block = section.locator('[data-testid="fairness-version"][data-model="intrusion-detector"][data-version="1.0.0"]');
  await expect(block.getByTestId("fairness-monitoring-link")).toBeVisible({ timeout: 30_000 });

  // The same report the section reads (no From/To in the address: the default range).
  const response = await page.request.get("/api/v1/models/intrusion-detector/versions/1.0.0/fairness");
  expect(response.status()).toBe(200);
  type Rate = { status: "ok" | "flagged" | "insufficient" };
  const report = (await response.json()) as { groups: { group: string; fpr: Rate; fnr: Rate }[] };
  const flagged = report.groups.flatMap((g) => (["fpr", "fnr"] as const).filter((m) => g[m].status === "flagged").map((m) => `${g.group}/${m}`)).sort();
  const tooFew = report.groups.filter((g) => g.fpr.status === "insufficient" || g.fnr.status === "insufficient").map((g) => g.group).sort();
  // Four demo days hold far fewer than 30 labelled attacks per business unit: some rates are too few to judge.
  expect(tooFew.length).toBeGreaterThan(0);

  const tooFewRows = block.locator('[data-testid="fairness-too-few"][data-kind="businessUnit"]');
  await expect(tooFewRows).toHaveCount(tooFew.length);
  expect((await tooFewRows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-group")))).sort()).toEqual(tooFew);
  await expect(tooFewRows.first()).toContainText("labelled");

  const flagRows = block.locator('[data-testid="fairness-flag"][data-kind="businessUnit"]');
  if (flagged.length === 0) {
    await expect(block.getByTestId("fairness-none-flagged")).toContainText("No group is flagged");
    await expect(flagRows).toHaveCount(0);
  } else {
    await expect(flagRows).toHaveCount(flagged.length);
    expect((await flagRows.evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-group")}/${r.getAttribute("data-metric")}`))).sort()).toEqual(flagged);
    await expect(flagRows.first()).toContainText("outside the 1.25× band");
    await expect(block.getByTestId("fairness-none-flagged")).toHaveCount(0);
  }

  await block.getByTestId("fairness-monitoring-link").click();
  await expect(page).toHaveURL(/\/monitoring\?model=intrusion-detector&version=1\.0\.0&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}#fairness$/);
  const card = page.getByTestId("fairness-card");
  await expect(card.getByTestId("fairness-row").first()).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId("fairness-flagged")).toHaveCount(flagged.length);
});

test("an analyst is refused the audit trail and prediction history", async ({ page }) => {
  await signIn(page, "ANALYST");
  await expect(page.getByTestId("nav-audit")).toHaveCount(0);
  expect((await page.goto("/audit"))?.status()).toBe(403);
  expect((await page.goto("/audit/predictions"))?.status()).toBe(403);
  expect((await page.request.get("/api/v1/audit/verify")).status()).toBe(403);
  expect((await page.request.get("/api/v1/predictions/search?host=ws-0001")).status()).toBe(403);
  expect((await page.request.get("/api/v1/predictions/export?format=csv")).status()).toBe(403);
});
