"use client";
// The feature whose distribution is shown, kept in the URL (shareable) without a server round
// trip: the native history API updates useSearchParams in the App Router.
import { useSearchParams } from "next/navigation";

export function useFeatureParam(fallback: string | undefined): [string | undefined, (feature: string) => void] {
  const params = useSearchParams();
  const selected = params.get("feature") ?? fallback;
  const select = (feature: string) => {
    const next = new URLSearchParams(params);
    next.set("feature", feature);
    window.history.replaceState(null, "", `?${next}`);
  };
  return [selected, select];
}
