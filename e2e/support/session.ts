import { expect, type Page } from "@playwright/test";
import { DEMO_USERS, type DemoUser } from "../../lib/simulate/demo-users";
import type { Role } from "../../lib/auth/permissions";

export const userFor = (role: Role) => DEMO_USERS.find((u) => u.role === role)!;

export async function signInAs(page: Page, user: DemoUser) {
  await page.goto("/login");
  await page.getByTestId("email").fill(user.email);
  await page.getByTestId("password").fill(user.password);
  await page.getByTestId("sign-in").click();
  await expect(page).toHaveURL(/\/alerts/);
  return user;
}

export const signIn = (page: Page, role: Role) => signInAs(page, userFor(role));

/** A second analyst, for tests where two people work the same queue. */
export const secondAnalyst = () => DEMO_USERS.filter((u) => u.role === "ANALYST")[1];
