import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-8 text-center" data-testid="forbidden">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">403 · Not allowed</p>
      <h1 className="text-2xl font-semibold">Your role does not give access to this page</h1>
      <p className="max-w-md text-sm text-muted">Ask an administrator if you need it. Every access decision is checked on the server.</p>
      <Link href="/alerts" className="text-sm text-accent underline-offset-4 hover:underline">Back to alerts</Link>
    </main>
  );
}
