import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Team" };

export default function Page() {
  return <PlannedSection href="/team" />;
}
