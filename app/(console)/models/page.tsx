import { ModelRegistry } from "@/components/models/model-registry";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Models" };

export default async function ModelsPage() {
  await requirePageUser("models:read");
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Models</h1>
      <ModelRegistry />
    </div>
  );
}
