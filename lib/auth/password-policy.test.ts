import { describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/lib/simulate/demo-users";
import { passwordCore, passwordProblem } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["short-pw-1", /at least 12/],
    ["x".repeat(257) + "1", /at most 256/],
    ["onlyletterslong", /mix letters/],
    ["123456789012345", /mix letters/],
    ["aaaaaaaaaaa1", /repetitive/],
    ["Password2024!", /too common/],
    ["P@ssw0rd12345", /too common/],
    ["!!Welcome123456", /too common/],
    ["letmein-letmein-1", /too common/],
    ["monkeymonkey99", /too common/],
    ["qwertyuiop123", /too common|keyboard/],
    ["1qaz2wsx3edc4rfv", /keyboard/],
    ["abc1234567890", /too common|keyboard/],
    ["zz1234567890x", /keyboard/],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it("refuses the person's own email or name, padded or not", () => {
    expect(passwordProblem("rita.silva@example.com", { email: "Rita.Silva@example.com" })).toMatch(/email/);
    expect(passwordProblem("xx-rita.silva@example.com-1", { email: "rita.silva@example.com" })).toMatch(/email/);
    expect(passwordProblem("ritasilva2026!", { email: "rita.silva@example.com" })).toMatch(/email/);
    expect(passwordProblem("Rita-Silva-1999", { email: "r@example.com", name: "Rita Silva" })).toMatch(/name/);
  });

  it("accepts good passphrases, including every password the demo and the tests use", () => {
    for (const password of ["correct-horse-42", "correct-horse-battery-1", "vivid-otter-meadow-84", "Tr0ub4dor&3-xkcd"]) {
      expect(passwordProblem(password, { email: "someone@example.org" }), password).toBeUndefined();
    }
    for (const user of DEMO_USERS) expect(passwordProblem(user.password, user), user.email).toBeUndefined();
  });

  it("finds the word inside padding and leetspeak", () => {
    expect(passwordCore("P@ssw0rd2024!")).toBe("password");
    expect(passwordCore("!!Welcome123")).toBe("welcome");
    expect(passwordCore("correct-horse-42")).toBe("correcthorse");
  });
});
