// Attack campaigns: each one acts through a few footholds for hours to days and emits a trickle
// of malicious sessions. Before the technique change attackers use the loud playbook the
// champion was trained on; afterwards exfiltration moves to DNS tunnelling and C2 beacons slow
// down and jitter — concept drift: the same intent, different features.
import type { Actor } from "@/lib/simulate/benign";
import { normalFeatures } from "@/lib/simulate/benign";
import { HOUR_MS } from "@/lib/simulate/calendar";
import type { Enterprise } from "@/lib/simulate/enterprise";
import type { FeatureValues } from "@/lib/simulate/features";
import type { Campaign, CampaignKind, Technique } from "@/lib/simulate/types";
import { CAMPAIGN_KINDS } from "@/lib/simulate/types";
import type { Rng } from "@/lib/stats/random";

const CAMPAIGNS_PER_DAY = 1;
const KIND_WEIGHTS_BEFORE = [0.25, 0.25, 0.25, 0.25];
// After the change the new playbooks dominate: that is what makes the champion's recall fall.
const KIND_WEIGHTS_AFTER = [0.15, 0.35, 0.35, 0.15];

function technique(kind: CampaignKind, changed: boolean): Technique {
  switch (kind) {
    case "credential_access":
      return "credential_stuffing";
    case "exfiltration":
      return changed ? "dns_tunnelling" : "https_bulk_upload";
    case "command_and_control":
      return changed ? "slow_jittered_beacon" : "https_beacon";
    case "lateral_movement":
      return "smb_remote_exec";
  }
}

/**
 * Campaigns over [from, to): a Poisson process of starts, lognormal durations (median 8 h, at
 * most 2 days). Long campaigns are low-and-slow — the rate falls with √duration — so one of them
 * cannot flood the stream, and the overall malicious share stays near 1.5 % of events.
 */
export function planCampaigns(rng: Rng, enterprise: Enterprise, from: number, to: number, techniqueChange: number, eventsPerDay: number): Campaign[] {
  const campaigns: Campaign[] = [];
  const meanGap = (24 * HOUR_MS) / CAMPAIGNS_PER_DAY;
  for (let start = from + rng.uniform() * meanGap; start < to; start += -Math.log(1 - rng.uniform()) * meanGap) {
    const changed = start >= techniqueChange;
    const kind = CAMPAIGN_KINDS[rng.choice(changed ? KIND_WEIGHTS_AFTER : KIND_WEIGHTS_BEFORE)];
    const hours = Math.min(48, Math.max(1, rng.lognormal(Math.log(8), 0.8)));
    const footholdCount = kind === "credential_access" ? rng.int(3, 10) : kind === "lateral_movement" ? rng.int(3, 8) : rng.int(1, 2);
    const patientZero = rng.pick(enterprise.users.filter((u) => u.role !== "service"));
    const footholds: Actor[] = [];
    for (let i = 0; i < footholdCount; i++) {
      if (kind === "lateral_movement") footholds.push({ host: rng.pick(enterprise.hosts), user: patientZero });
      else if (kind === "credential_access") {
        const victim = rng.pick(enterprise.users.filter((u) => u.role !== "service"));
        footholds.push({ host: victim.host, user: victim });
      } else footholds.push(i === 0 ? { host: patientZero.host, user: patientZero } : { host: rng.pick(enterprise.workstations), user: patientZero });
    }
    campaigns.push({
      id: `cmp-${String(campaigns.length + 1).padStart(3, "0")}`,
      kind,
      technique: technique(kind, changed),
      start,
      end: start + hours * HOUR_MS,
      ratePerHour: (eventsPerDay / 2000) * rng.lognormal(Math.log(3), 0.35) * Math.sqrt(8 / hours),
      footholds,
    });
  }
  return campaigns;
}

/** Overlays the technique's signature on an ordinary session; strength in [0.35, 1] varies per event. */
function applyTechnique(rng: Rng, f: FeatureValues, t: Technique): void {
  const s = rng.between(0.35, 1);
  const n = (name: string) => f[name] as number;
  switch (t) {
    case "credential_stuffing":
      f.failed_logins_1h = rng.poisson(Math.exp(Math.log(3) + s * Math.log(20)));
      f.login_count_1h = n("login_count_1h") + rng.poisson(6 * s);
      f.auth_method = rng.bernoulli(0.85) ? "password" : "mfa";
      if (rng.bernoulli(0.5)) f.geo_distance_km = rng.lognormal(Math.log(3000), 1);
      f.protocol = "tcp";
      break;
    case "https_bulk_upload":
      f.bytes_out = rng.lognormal(Math.log(8e7) + 2 * s, 0.8);
      f.session_duration_s = n("session_duration_s") * (1 + 3 * s);
      f.protocol = "tcp";
      break;
    case "dns_tunnelling":
      // Data leaves as encoded subdomains: tiny flows, many queries, high-entropy names.
      f.dns_queries_1h = rng.poisson(90 * (3 + 8 * s));
      f.dns_entropy = rng.normal(3.7 + 0.8 * s, 0.15);
      f.protocol = rng.bernoulli(0.6) ? "udp" : "tcp"; // classic port 53, or DNS over HTTPS
      break;
    case "https_beacon":
      f.beacon_regularity = Math.min(0.995, 0.78 + 0.2 * s + rng.normal(0, 0.02));
      f.conn_count_1h = rng.poisson(60 + 60 * s);
      f.dns_entropy = n("dns_entropy") + 0.5 * s; // algorithmically generated domains
      f.session_duration_s = n("session_duration_s") * 3;
      f.protocol = "tcp";
      break;
    case "slow_jittered_beacon":
      f.beacon_regularity = Math.min(0.9, Math.max(0.2, rng.normal(0.5 + 0.2 * s, 0.07)));
      f.conn_count_1h = rng.poisson(8);
      f.session_duration_s = n("session_duration_s") * 2;
      break;
    case "smb_remote_exec":
      f.distinct_dest_ports = 1 + rng.poisson(8 + 40 * s);
      f.privilege_escalations = rng.poisson(0.5 + 3 * s);
      f.new_process_count = n("new_process_count") + rng.poisson(2 + 6 * s);
      f.conn_count_1h = n("conn_count_1h") * (1 + 2 * s);
      f.login_count_1h = n("login_count_1h") + rng.poisson(3 * s);
      f.auth_method = ["kerberos", "password", "ssh_key"][rng.choice([0.5, 0.3, 0.2])];
      break;
  }
}

const RAW: Record<Technique, { process: string[]; dest: string[]; ports: number[]; action: string }> = {
  credential_stuffing: { process: ["sshd", "winlogon.exe", "vpn-gateway"], dest: ["vpn.corp.example", "owa.corp.example"], ports: [443, 22], action: "login" },
  https_bulk_upload: { process: ["rclone.exe", "curl", "powershell.exe"], dest: ["mega-upload-cdn.net", "files.transfer-now.io"], ports: [443], action: "network_session" },
  dns_tunnelling: { process: ["svchost.exe", "dnscat", "powershell.exe"], dest: ["x7a9q.cdn-static-edge.info", "ns1.t-resolve.net"], ports: [53], action: "dns_query" },
  https_beacon: { process: ["rundll32.exe", "update-helper.exe"], dest: ["telemetry-azureedge-cdn.com", "api.cloud-sync-check.net"], ports: [443, 8443], action: "network_session" },
  slow_jittered_beacon: { process: ["rundll32.exe", "msedge_update.exe"], dest: ["static.cdn-fonts-cache.com"], ports: [443], action: "network_session" },
  smb_remote_exec: { process: ["psexec.exe", "wmic.exe", "powershell.exe"], dest: [], ports: [445, 135, 5985], action: "remote_exec" },
};

/** One malicious session of the campaign at `time`, built on top of the foothold's usual behaviour. */
export function attackEvent(rng: Rng, enterprise: Enterprise, campaign: Campaign, time: number) {
  const actor = rng.pick(campaign.footholds);
  const features = normalFeatures(rng, actor, time);
  applyTechnique(rng, features, campaign.technique);
  const spec = RAW[campaign.technique];
  const dest = spec.dest.length > 0 ? rng.pick(spec.dest) : rng.pick(enterprise.servers).name;
  const raw = { sensor: rng.pick(["edr", "netflow", "auth-log"]), action: spec.action, process: rng.pick(spec.process), destHost: dest, destPort: rng.pick(spec.ports) };
  return { actor, features, raw };
}
