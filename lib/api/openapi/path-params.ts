// Path parameters shared by several routes. Client-safe.
import { z } from "zod";
import type { PathParam } from "./types";

export const numericId = (what: string): PathParam => ({
  description: `the ${what}'s id, a positive whole number`,
  schema: z.string().regex(/^\d{1,15}$/),
  example: "1",
});

export const textId = (what: string, example: string): PathParam => ({
  description: `the ${what}'s id`,
  schema: z.string().min(1).max(100),
  example,
});
