// Shapes shared inside the simulator. Ground truth (`Truth`) never leaves lib/simulate except
// through the analysts' verdicts, which is how a real SOC learns it too.
import type { Host, User } from "@/lib/simulate/enterprise";
import type { FeatureValues } from "@/lib/simulate/features";

export const CAMPAIGN_KINDS = ["credential_access", "exfiltration", "command_and_control", "lateral_movement"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export type Technique =
  | "credential_stuffing"
  | "https_bulk_upload"
  | "dns_tunnelling"
  | "https_beacon"
  | "slow_jittered_beacon"
  | "smb_remote_exec";

/** Why a benign event looks the way it does; decides the reason code an analyst would give. */
export type BenignCause =
  | "normal"
  | "admin_work"
  | "backup_job"
  | "vulnerability_scan"
  | "monitoring_agent"
  | "travel"
  | "forgot_password"
  | "software_update"
  | "sensor_glitch";

export type Truth =
  | { malicious: true; kind: CampaignKind; technique: Technique; campaignId: string }
  | { malicious: false; cause: BenignCause };

export type Campaign = {
  id: string;
  kind: CampaignKind;
  technique: Technique;
  start: number;
  end: number;
  /** malicious events per hour while active */
  ratePerHour: number;
  /** (host, account) pairs the campaign acts through */
  footholds: { host: Host; user: User }[];
};

export type SimEvent = {
  id: string;
  time: number;
  host: Host;
  user: User;
  features: FeatureValues;
  raw: Record<string, unknown>;
  truth: Truth;
};

/** When the drift events of the scenario happen. */
export type DriftPlan = {
  /** start of the UTC day from which hosts take the OS patch (each at its own time that day) */
  patchDayStart: number;
  /** campaigns starting from here use the new, stealthier techniques */
  techniqueChange: number;
};
