import { describe, expect, it } from "vitest";
import { GENESIS_HASH } from "./canonical";
import { ChainChecker } from "./chain-check";

type Link = { seq: number; prevHash: string; hash: string };

/** n linked events (the hashes stand for real ones: only the links matter here). */
function chain(n: number): Link[] {
  return Array.from({ length: n }, (_, i) => ({ seq: i + 1, prevHash: i ? `h${i}` : GENESIS_HASH, hash: `h${i + 1}` }));
}

function check(links: Link[]) {
  const checker = new ChainChecker();
  for (const [index, link] of links.entries()) {
    const broken = checker.link(link.seq, link.prevHash, link.hash);
    if (broken) return { ...broken, before: index };
  }
  return undefined;
}

describe("ChainChecker", () => {
  it("accepts a chain whose events follow and link up", () => {
    expect(check(chain(50))).toBeUndefined();
  });

  it("names the first missing event, one or several", () => {
    expect(check(chain(10).filter((l) => l.seq !== 4))).toEqual({ seq: 4, before: 3, reason: "event 4 is missing (the next event present is 5)" });
    expect(check(chain(10).filter((l) => l.seq !== 4 && l.seq !== 5))).toMatchObject({ seq: 4, reason: "events 4–5 are missing (the next event present is 6)" });
    expect(check(chain(3).slice(1))).toMatchObject({ seq: 1, before: 0 });
  });

  it("finds a broken link and a repeated or out-of-order event", () => {
    const relinked = chain(10);
    relinked[6] = { ...relinked[6], prevHash: "forged" };
    expect(check(relinked)).toMatchObject({ seq: 7, reason: expect.stringMatching(/does not link/) });
    const repeated = chain(5);
    repeated.splice(3, 0, repeated[2]);
    expect(check(repeated)).toMatchObject({ seq: 3, reason: expect.stringMatching(/out of order/) });
  });
});
