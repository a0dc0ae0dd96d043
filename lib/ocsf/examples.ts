// Realistic OCSF 1.3 Detection Findings, as an ML scoring service (and an EDR forwarding its
// own detections) would emit them: the API page's example and the tests' fixtures. Client-safe.

/** From a scoring service that knows OCSF: exact score, features and SHAP in `unmapped`. */
export const OCSF_SCORER_EVENT = {
  class_uid: 2004,
  class_name: "Detection Finding",
  category_uid: 2,
  category_name: "Findings",
  activity_id: 1,
  activity_name: "Create",
  type_uid: 200401,
  severity_id: 4,
  severity: "High",
  status_id: 1,
  status: "New",
  time: 1793534400000,
  message: "Anomalous authentication burst on ws-0142",
  metadata: {
    version: "1.3.0",
    uid: "b1f0c6de-7c1a-4e55-9d0e-8a4f2f6e2c11",
    product: { name: "intrusion-detector", version: "1.0.0", vendor_name: "Acme SOC ML" },
  },
  finding_info: {
    uid: "ocsf-auth-000142",
    title: "Anomalous authentication burst",
    types: ["Credential Access"],
    analytic: { name: "intrusion-detector", version: "1.0.0", type_id: 4, type: "Learning (ML/DL)" },
    attacks: [{ tactic: { name: "Credential Access", uid: "TA0006" }, technique: { name: "Brute Force", uid: "T1110" }, version: "14" }],
  },
  risk_score: 93,
  risk_level_id: 4,
  confidence_score: 88,
  device: { hostname: "ws-0142", ip: "10.1.4.20", type_id: 2, os: { name: "Windows 11", type_id: 100 }, org: { name: "Acme", ou_name: "finance" } },
  actor: { user: { name: "j.doe", uid: "S-1-5-21-3623811015-3361044348-30300820-1013", org: { ou_name: "finance" } } },
  src_endpoint: { ip: "10.1.4.7", port: 51544 },
  unmapped: {
    score: 0.934,
    features: { bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp" },
    explanation: { space: "logit", baseValue: -3.1, values: { bytes_out: 1.4, failed_logins_1h: 2.2, protocol: 0.1 } },
  },
};

/**
 * From a product that only speaks plain OCSF: no analytic version, a whole-percent risk score,
 * features as an enrichment, the model named by ?model=&version= on the request.
 */
export const OCSF_EDR_EVENT = {
  class_uid: 2004,
  category_uid: 2,
  activity_id: 1,
  type_uid: 200401,
  severity_id: 3,
  time: 1793534700000,
  metadata: { version: "1.1.0", product: { name: "Falcon Insight", vendor_name: "EDR Vendor" } },
  finding_info: { uid: "edr-det-77f2", title: "Suspicious outbound transfer", attacks: [{ tactic: { name: "Exfiltration", uid: "TA0010" } }] },
  risk_score: 71,
  device: { name: "srv-db-03", org: { ou_name: "engineering" } },
  actor: { user: { email_addr: "svc-backup@acme.example" } },
  src_endpoint: { ip: "10.2.0.15" },
  enrichments: [
    { name: "features", value: "scoring inputs", data: { bytes_out: 98000000, failed_logins_1h: 0, protocol: "tcp" }, provider: "vigil-bridge" },
    { name: "geo", value: "DE", data: { country: "DE" } },
  ],
};
