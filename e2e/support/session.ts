import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../../lib/simulate/demo-users";
import type { Role } from "../../lib/auth/permissions";

export const userFor = (role: Role) => DEMO_USERS.find((u) => u.role === role)!;

export async function signIn(page: Page, role: Role) {
  const user = userFor(role);
  await page.goto("/login");
  await page.getByTestId("email").fill(user.email);
  await page.getByTestId("password").fill(user.password);
  await page.getByTestId("sign-in").click();
  await expect(page).toHaveURL(/\/alerts/);
  return user;
}
