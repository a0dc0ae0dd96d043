// Example values the document, the API page's curl lines and the generated tests share.
// Client-safe. Each example is checked against its schema by registry.test.ts.

export const EXAMPLE_PREDICTION = {
  eventId: "evt-42",
  model: "intrusion-detector",
  version: "1.0.0",
  timestamp: "2026-11-01T12:00:00Z",
  score: 0.93,
  features: { bytes_out: 120345, failed_logins_1h: 7, protocol: "tcp" },
  explanation: { space: "logit", baseValue: -3.1, values: { bytes_out: 1.4, failed_logins_1h: 2.2, protocol: 0.1 } },
  entity: { host: "ws-0142", user: "j.doe", sourceIp: "10.1.4.7", businessUnit: "finance" },
  attackType: "credential_access",
  rawEvent: { process: "sshd", dest: "vpn.corp.example", port: 22, action: "login" },
};

export const EXAMPLE_MODEL_VERSION = {
  version: "1.1.0",
  threshold: 0.8,
  stage: "PRODUCTION",
  features: [
    { name: "bytes_out", type: "numeric" },
    { name: "failed_logins_1h", type: "numeric" },
    { name: "protocol", type: "categorical" },
  ],
  hyperparameters: { C: 1.0, penalty: "l2" },
  metrics: { rocAuc: 0.94 },
  trainingDataset: "intrusion-train@3",
};

export const EXAMPLE_LABEL = { eventId: "evt-42", model: "intrusion-detector", version: "1.0.0", verdict: "false_positive", reason: "known_benign_tool", note: "nightly backup" };
