import { expect, test, type Page } from "@playwright/test";
import type { AlertPage } from "../lib/alerts/schemas";
import { secondAnalyst, signIn, signInAs } from "./support/session";

/** Open alerts as the server has them now, through the signed-in page's session. */
async function openAlerts(page: Page, query = "status=NEW&sort=score") {
  const response = await page.request.get(`/api/v1/alerts?${query}&limit=50`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as AlertPage).rows;
}

const row = (page: Page, id: number) => page.locator(`[data-testid="alert-row"][data-alert-id="${id}"]`);

test("an analyst triages several alerts with the keyboard alone", async ({ page }) => {
  await signIn(page, "ANALYST");
  // Every status, so judged rows stay in view (an open-only queue drops them on its next refresh).
  await page.goto("/alerts?sort=score");
  const rows = page.getByTestId("alert-row");
  await expect(rows.nth(2)).toBeVisible();
  const ids = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => Number(tr.getAttribute("data-alert-id"))));

  // Keys are inert while typing in the search box.
  await page.keyboard.press("/");
  await expect(page.getByTestId("queue-search")).toBeFocused();
  await page.keyboard.type("jj");
  await page.keyboard.press("Escape");
  await expect(row(page, ids[0])).toHaveAttribute("data-focused", "true");

  // First alert: claim it, then a true positive; the cursor moves on by itself.
  await page.keyboard.press("a");
  await expect(row(page, ids[0]).getByTestId("alert-assignee")).toHaveText("Ana Lopez");
  await page.keyboard.press("t");
  await expect(row(page, ids[0]).getByTestId("alert-status")).toContainText(/resolved/i);
  await expect(row(page, ids[0]).getByTestId("alert-status")).toContainText("TP");
  await expect(row(page, ids[1])).toHaveAttribute("data-focused", "true");

  // Second: a false positive needs a reason, picked with the arrow keys and confirmed with Enter.
  await page.keyboard.press("f");
  const dialog = page.getByTestId("verdict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("verdict-confirm")).toBeDisabled();
  await page.keyboard.press("ArrowDown"); // from "detection logic wrong" to "bad or missing data"
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(row(page, ids[1]).getByTestId("alert-status")).toContainText("FP");

  // Third: the cursor moved on again; back with k, forward with j, and open it with Enter.
  await expect(row(page, ids[2])).toHaveAttribute("data-focused", "true");
  await page.keyboard.press("k");
  await expect(row(page, ids[1])).toHaveAttribute("data-focused", "true");
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/alerts/${ids[2]}$`));
  await page.keyboard.press("b");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verdict-history")).toContainText("Benign positive");

  // The server has them as judged, with the reason.
  const detail = await (await page.request.get(`/api/v1/alerts/${ids[1]}`)).json();
  expect(detail.labels[0]).toMatchObject({ verdict: "FALSE_POSITIVE", reasonCode: "bad_data", by: "Ana Lopez" });
  await page.goto("/alerts");
  await expect(page.getByTestId("alert-row").first()).toBeVisible(); // hydrated: keys are listened to
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcut-help")).toContainText("False positive");
});

test("a bulk false-positive verdict with one reason judges the whole selection", async ({ page }) => {
  await signIn(page, "ANALYST");
  await page.goto("/alerts?status=NEW&sort=priority");
  const rows = page.getByTestId("alert-row");
  await expect(rows.nth(3)).toBeVisible();
  const ids = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => Number(tr.getAttribute("data-alert-id"))));
  for (const id of ids) await row(page, id).getByTestId("alert-select").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("3 selected");
  await page.getByTestId("bulk-verdict-FALSE_POSITIVE").click();
  await page.getByTestId("reason-known_benign_tool").check();
  await page.getByTestId("verdict-note").fill("Nightly backup job");
  await page.getByTestId("verdict-confirm").click();
  await expect(page.getByTestId("bulk-bar")).toBeHidden();
  for (const id of ids) {
    const detail = await (await page.request.get(`/api/v1/alerts/${id}`)).json();
    expect(detail.labels[0]).toMatchObject({ verdict: "FALSE_POSITIVE", reasonCode: "known_benign_tool", note: "Nightly backup job" });
    expect(detail.status).toBe("RESOLVED");
  }
});

test("two analysts on the same alert: the second gets a clear conflict and loses nothing", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "ANALYST");
  await signInAs(second, secondAnalyst());
  const [target] = await openAlerts(first);
  await first.goto(`/alerts/${target.id}`);
  await second.goto(`/alerts/${target.id}`);
  await expect(second.getByTestId("triage-panel")).toBeVisible();

  await first.getByTestId("verdict-TRUE_POSITIVE").click();
  await first.getByTestId("verdict-confirm").click();
  await expect(first.getByTestId("verdict-history")).toContainText("True positive");

  await second.getByTestId("verdict-FALSE_POSITIVE").click();
  await second.getByTestId("reason-duplicate").check();
  await second.getByTestId("verdict-confirm").click();
  await expect(second.getByTestId("triage-error")).toContainText("changed by someone else");
  // Rolled back and reloaded: the second analyst now sees the first one's verdict.
  await expect(second.getByTestId("verdict-history").locator("li").first()).toContainText("True positive");
  const detail = await (await second.request.get(`/api/v1/alerts/${target.id}`)).json();
  expect(detail.labels.map((l: { verdict: string }) => l.verdict)).toEqual(["TRUE_POSITIVE"]);
});

test("the SLA counts down and shows the breach, under a controlled clock", async ({ page }) => {
  await signIn(page, "ANALYST");
  const [target] = await openAlerts(page, "status=NEW&sort=time");
  const due = Date.parse(target.slaDueAt);
  await page.clock.install({ time: due - 95_000 });
  await page.goto(`/alerts/${target.id}`);
  await page.clock.pauseAt(due - 90_000);
  await expect(page.getByTestId("sla")).toHaveText("1m 30s left");
  await page.clock.runFor(60_000);
  await expect(page.getByTestId("sla")).toHaveText("30s left");
  await page.clock.runFor(45_000);
  await expect(page.getByTestId("sla")).toHaveText("SLA breached 15s ago");
  await expect(page.getByTestId("sla")).toHaveAttribute("data-sla", "breached");
});

test("an auditor sees the queue but no triage actions, and the API refuses them", async ({ page }) => {
  await signIn(page, "AUDITOR");
  const [target] = await openAlerts(page);
  await page.goto(`/alerts/${target.id}`);
  await expect(page.getByTestId("triage-panel")).toBeVisible();
  await expect(page.getByTestId("verdict-TRUE_POSITIVE")).toHaveCount(0);
  const response = await page.request.post("/api/v1/alerts/bulk", { data: { alerts: [{ id: target.id, rowVersion: target.rowVersion }], action: { kind: "claim" } } });
  expect(response.status()).toBe(403);
});
