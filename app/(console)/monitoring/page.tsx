import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Monitoring" };

export default function Page() {
  return <PlannedSection href="/monitoring" />;
}
