import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Datasets" };

export default function Page() {
  return <PlannedSection href="/datasets" />;
}
