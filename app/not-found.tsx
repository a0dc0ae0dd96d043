import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404</p>
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <Link href="/alerts" className="text-sm text-accent underline-offset-4 hover:underline">Back to alerts</Link>
    </main>
  );
}
