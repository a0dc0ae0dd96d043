import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { signIn } from "./support/session";

// The demo labels alerts of intrusion-detector 1.0.0 with analyst verdicts, false positives among them.
test("a lead builds a dataset from false-positive verdicts, reads its manifest and downloads it as CSV and Parquet", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.getByTestId("nav-datasets").click();
  const builder = page.getByRole("form", { name: "Dataset builder" });
  await expect(builder).toBeVisible();

  const name = `fp-only-${Date.now()}`;
  await builder.getByLabel("Dataset name").fill(name);
  await builder.getByLabel("Model and version").selectOption({ label: "intrusion-detector 1.0.0" });
  // Only false positives: true positives left out, so every row is class 0.
  await builder.getByLabel("true positive").selectOption("excluded");
  await builder.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("dataset-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("false positive");
  await expect(preview).not.toContainText("true positive");

  await builder.getByRole("button", { name: "Create version" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${name}/1$`));
  const version = page.getByTestId("dataset-version");
  await expect(version).toContainText(`${name} / v1`);
  await expect(version).toContainText("none (first version)");
  await expect(version).toContainText("true positive → left out");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`${name}-v1.csv`);
  const lines = (await readFile((await download.path())!, "utf8")).split("\r\n").filter(Boolean);
  expect(lines[0].startsWith("event_id,model,version,time,score,class,verdict,source,labelled_at")).toBe(true);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain(",0,FALSE_POSITIVE,");

  // The same version as Parquet: the same rows, typed, with the manifest in the file's metadata.
  const [parquetDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("dataset-export-parquet").click()]);
  expect(parquetDownload.suggestedFilename()).toBe(`${name}-v1.parquet`);
  const bytes = await readFile((await parquetDownload.path())!);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const records = await parquetReadObjects({ file });
  expect(records).toHaveLength(lines.length - 1);
  for (const record of records) expect(record).toMatchObject({ class: 0, verdict: "FALSE_POSITIVE" });
  const metadata = Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((entry) => [entry.key, entry.value]));
  expect(JSON.parse(metadata["vigil.dataset.manifest"]!)).toMatchObject({ name, version: 1 });

  await page.getByRole("link", { name: "Datasets" }).first().click();
  await expect(page.getByRole("table", { name: `Versions of ${name}` })).toBeVisible();
});

test("an analyst has no datasets page", async ({ page }) => {
  await signIn(page, "ANALYST");
  await expect(page.getByTestId("nav-datasets")).toHaveCount(0);
  expect((await page.goto("/datasets"))?.status()).toBe(403);
});
