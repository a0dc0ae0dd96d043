import "server-only";
// Sign-in throttling per account and per client address, kept in the database so every
// replica of the stateless web tier sees the same counts.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

export async function lockedUntil(keys: string[]): Promise<Date | undefined> {
  const rows = await prisma().signInThrottle.findMany({ where: { key: { in: keys } } });
  const now = Date.now();
  const locks = rows.map((row) => row.lockedUntil).filter((d): d is Date => !!d && d.getTime() > now);
  return locks.sort((a, b) => b.getTime() - a.getTime())[0];
}

export async function recordFailure(keys: string[]): Promise<void> {
  const now = new Date();
  const windowMs = env.VIGIL_SIGNIN_WINDOW_SECONDS * 1000;
  for (const key of keys) {
    const row = await prisma().signInThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const lock = failures >= env.VIGIL_SIGNIN_MAX_FAILURES ? new Date(now.getTime() + windowMs) : null;
    await prisma().signInThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil: lock },
      update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil: lock },
    });
  }
}

export async function clearFailures(key: string): Promise<void> {
  await prisma().signInThrottle.deleteMany({ where: { key } });
}
