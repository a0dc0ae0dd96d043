import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

// The e2e server loads a 4-day demo: the OS patch lands on day 2 (lib/simulate/engine.ts puts
// it half-way), so the last day is fully patched — DNS queries ×1.6, two more first-seen
// processes per session (lib/simulate/drift.ts).
const PATCHED = ["new_process_count", "dns_queries_1h"];

test("a lead opens Monitoring on the demo and sees the patched features flagged", async ({ page }) => {
  await signIn(page, "LEAD");
  await page.getByTestId("nav-monitoring").click();
  await expect(page.getByTestId("monitoring-view")).toBeVisible();
  await expect(page.getByTestId("monitoring-view")).toHaveAttribute("data-version", "1.0.0");

  // Daily windows: four days of data do not fill a whole week.
  await page.getByTestId("monitoring-window").selectOption("day");
  await page.getByTestId("monitoring-apply").click();
  await expect(page).toHaveURL(/window=day/);
  for (const feature of PATCHED) await expect(page.getByTestId(`drift-row-${feature}`)).toHaveAttribute("data-drift", "true");
  await expect(page.getByTestId("drift-current-window")).toContainText("new_process_count");

  // Any feature's distribution against the baseline, picked from the table.
  await page.getByTestId("drift-row-dns_queries_1h").click();
  await expect(page).toHaveURL(/feature=dns_queries_1h/);
  await expect(page.getByTestId("distribution-feature")).toHaveValue("dns_queries_1h");
  await expect(page.getByTestId("feature-distribution-chart")).toBeVisible();
  await expect(page.getByTestId("distribution-stats")).toContainText("drift");

  // The statistics are explained where they are shown.
  await page.getByTestId("hint-psi").hover();
  await expect(page.getByRole("tooltip")).toContainText("Population Stability Index");

  await expect(page.getByTestId("score-shift-card")).toBeVisible();
  await expect(page.getByTestId("drift-events-card")).toBeVisible();
  await expect(page.getByTestId("performance-card")).toBeVisible();
  await expect(page.getByTestId("monitoring-settings-save")).toBeVisible();
});

test("an analyst sees monitoring but not the threshold controls, and a wrong range says why", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.getByTestId("nav-monitoring").click();
  await expect(page.getByTestId("monitoring-view")).toBeVisible();
  await expect(page.getByTestId("monitoring-settings-save")).toHaveCount(0);
  await page.goto("/monitoring?window=day&from=2026-11-10&to=2026-11-01");
  await expect(page.getByTestId("monitoring-query-error")).toContainText("to must be after from");
});
