// How the Admin page words times. Pure.

/** "just now", "5 min ago", "3 h ago", "12 days ago", or the UTC date for older times. */
export function formatAgo(iso: string | null, now: number): string {
  if (!iso) return "never";
  const ms = now - Date.parse(iso);
  if (ms < 60_000) return "just now";
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  if (ms < 86_400_000) return `${Math.floor(ms / 3_600_000)} h ago`;
  if (ms < 30 * 86_400_000) {
    const days = Math.floor(ms / 86_400_000);
    return `${days} day${days === 1 ? "" : "s"} ago`;
  }
  return formatDate(iso);
}

export const formatDate = (iso: string) => `${iso.slice(0, 10)}`;
