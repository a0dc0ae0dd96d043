import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/session";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/alerts");
  const { next } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6 rounded-lg border border-border bg-panel p-8 shadow-xl">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold">Sign in to Vigil</h1>
          <p className="text-sm text-muted">Detections, explanations and verdicts for your SOC&apos;s models.</p>
        </div>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
