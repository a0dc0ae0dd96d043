import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. There is no tailwind-merge here: a caller's `className` is appended after
 * the primitive's own classes, so override with utilities that do not collide (or use `!`).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
