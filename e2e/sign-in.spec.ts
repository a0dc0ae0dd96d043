import { expect, test } from "@playwright/test";
import { ROLES, roleHas, SECTIONS } from "../lib/auth/permissions";
import { signIn } from "./support/session";

test("the signed-out are sent to sign in, and come back where they were going", async ({ page }) => {
  await page.goto("/alerts?status=NEW");
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole("heading", { name: "Sign in to Vigil" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("email").fill("analyst@vigil.demo");
  await page.getByTestId("password").fill("not-the-password-1");
  await page.getByTestId("sign-in").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText(/Wrong email or password/);
  await expect(page).toHaveURL(/\/login/);
});

for (const role of ROLES) {
  test(`${role.toLowerCase()} signs in, sees their name, role and sections, and signs out`, async ({ page }) => {
    const user = await signIn(page, role);
    await page.getByTestId("user-menu-button").click();
    await expect(page.getByTestId("user-name")).toHaveText(user.name);
    await expect(page.getByTestId("user-role")).toContainText(new RegExp(role, "i"));
    for (const section of SECTIONS) {
      const link = page.getByTestId(`nav-${section.label.toLowerCase()}`);
      if (roleHas(role, section.permission)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/alerts");
    await expect(page).toHaveURL(/\/login/);
  });
}
