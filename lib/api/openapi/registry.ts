// Every public route, in the order the document and the API page list them. A route added under
// app/api/v1 without an entry here fails registry.test.ts. Client-safe.
import { ACTIVE_LEARNING_ROUTES } from "./routes-active-learning";
import { ADMIN_ROUTES } from "./routes-admin";
import { ALERT_ROUTES } from "./routes-alerts";
import { DATASET_ROUTES } from "./routes-datasets";
import { LABEL_QUALITY_ROUTES } from "./routes-label-quality";
import { META_ROUTES } from "./routes-meta";
import { MODEL_ROUTES } from "./routes-models";
import { OVERSIGHT_ROUTES } from "./routes-oversight";
import { PIPELINE_ROUTES } from "./routes-pipeline";
import { TEAM_ROUTES } from "./routes-team";
import { TRAINING_ROUTES } from "./routes-training";
import type { ApiRoute } from "./types";

export const API_ROUTES: readonly ApiRoute[] = [
  ...PIPELINE_ROUTES,
  ...MODEL_ROUTES,
  ...ALERT_ROUTES,
  ...ACTIVE_LEARNING_ROUTES,
  ...TEAM_ROUTES,
  ...DATASET_ROUTES,
  // after the datasets: the RBAC test builds the example snapshot before it retrains on it
  ...TRAINING_ROUTES,
  ...LABEL_QUALITY_ROUTES,
  ...OVERSIGHT_ROUTES,
  ...ADMIN_ROUTES,
  ...META_ROUTES,
];

/** `/api/v1/alerts/{id}` → `app/api/v1/alerts/[id]/route.ts` */
export function routeFileOf(path: string): string {
  return `app${path.replace(/\{([^}]+)\}/g, "[$1]")}/route.ts`;
}

/** A concrete URL for the route, its path parameters filled with their examples. */
export function examplePath(route: ApiRoute): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(route.params?.[name]?.example ?? name));
}
