import { PlannedSection } from "@/components/shell/planned-section";

export const metadata = { title: "Admin" };

export default function Page() {
  return <PlannedSection href="/admin" />;
}
