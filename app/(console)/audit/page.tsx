import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Audit" };

export default function Page() {
  return <PlannedSection href="/audit" />;
}
