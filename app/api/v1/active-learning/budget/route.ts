import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/api/principal";
import { BudgetIn } from "@/lib/active-learning/schemas";
import { setBudget } from "@/lib/active-learning/budget";

export const PUT = withApi({ permission: "datasets:write", body: BudgetIn, handler: ({ body, principal }) => setBudget(body, actorOf(principal)) });
