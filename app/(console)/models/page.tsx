import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Models" };

export default function Page() {
  return <PlannedSection href="/models" />;
}
