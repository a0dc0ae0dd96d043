import { SecondOpinionDetail } from "@/components/alerts/second-opinion-detail";
import { loadPageRecord } from "@/lib/api/load-page-record";
import { requirePageUser } from "@/lib/auth/session";
import { getReviewItem } from "@/lib/label-quality/reviews";

export const metadata = { title: "Second opinion" };

export default async function SecondOpinionCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("alerts:triage");
  const item = await loadPageRecord(params, (id) => getReviewItem(id, user));
  return <SecondOpinionDetail item={item} />;
}
