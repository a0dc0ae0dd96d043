// What the signed-in person may do on a version page, decided on the server from the role
// map (lib/auth/permissions.ts) and passed down; the API checks again on every request.
export type Viewer = {
  id: string;
  /** metrics:read — the evaluation and the comparison */
  canSeeMetrics: boolean;
  /** models:threshold — propose, approve and reject thresholds */
  canTune: boolean;
  /** models:promote — promote and roll back */
  canPromote: boolean;
};
