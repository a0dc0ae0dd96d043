// Benign behaviour. Most sessions are dull; the interesting benign ones (admins, backups, the
// vulnerability scanner, travellers, people who forgot their password, flaky sensors) are what a
// real detector's false positives are made of, so they are modelled explicitly.
import type { Enterprise, Host, User } from "@/lib/simulate/enterprise";
import { isOffHours } from "@/lib/simulate/calendar";
import type { FeatureValues } from "@/lib/simulate/features";
import type { BenignCause } from "@/lib/simulate/types";
import type { Rng } from "@/lib/stats/random";

export type Actor = { host: Host; user: User };

type ActorClass = "workstation" | "app_server" | "backup" | "scanner" | "monitoring";
const CLASSES: ActorClass[] = ["workstation", "app_server", "backup", "scanner", "monitoring"];
// Infrastructure jobs run mostly at night: share of events per actor class, day vs night.
const DAY_SHARES = [0.887, 0.1, 0.001, 0.002, 0.01];
const NIGHT_SHARES = [0.795, 0.15, 0.03, 0.01, 0.015];

export type ActorTable = Record<ActorClass, { actors: Actor[]; weights: number[] }>;

export function buildActorTable(enterprise: Enterprise): ActorTable {
  const table = {} as ActorTable;
  for (const cls of CLASSES) table[cls] = { actors: [], weights: [] };
  for (const user of enterprise.users) {
    const entry = table[user.host.role === "workstation" ? "workstation" : user.host.role];
    entry.actors.push({ host: user.host, user });
    entry.weights.push(user.host.activity);
  }
  return table;
}

export function pickActor(rng: Rng, table: ActorTable, time: number): Actor {
  const cls = CLASSES[rng.choice(isOffHours(time) ? NIGHT_SHARES : DAY_SHARES)];
  const entry = table[cls];
  return entry.actors[rng.choice(entry.weights)];
}

function authMethod(rng: Rng, actor: Actor): string {
  if (actor.user.role === "service") return actor.host.os === "windows" ? "kerberos" : "ssh_key";
  if (actor.host.os === "windows") return ["kerberos", "password", "mfa"][rng.choice([0.6, 0.25, 0.15])];
  if (actor.host.os === "macos") return rng.bernoulli(0.55) ? "mfa" : "password";
  return ["ssh_key", "password", "mfa"][rng.choice([0.7, 0.2, 0.1])];
}

/** An ordinary session of this actor at this time: the starting point of every event. */
export function normalFeatures(rng: Rng, actor: Actor, time: number): FeatureValues {
  const v = actor.host.volume;
  const server = actor.host.role !== "workstation";
  return {
    bytes_out: rng.lognormal(Math.log(1.5e6 * v), 1.1),
    bytes_in: rng.lognormal(Math.log(1.2e7 * v), 1.2),
    failed_logins_1h: rng.poisson(0.12),
    login_count_1h: 1 + rng.poisson(server ? 2 : 0.8),
    distinct_dest_ports: 1 + rng.poisson(server ? 3.5 : 2.5),
    conn_count_1h: rng.poisson(rng.lognormal(Math.log(server ? 80 : 35), 0.5)),
    dns_queries_1h: rng.poisson(rng.lognormal(Math.log(90), 0.45)),
    dns_entropy: Math.min(4.6, Math.max(1.2, rng.normal(2.9, 0.3))),
    new_process_count: rng.poisson(1.5),
    off_hours: isOffHours(time) ? 1 : 0,
    geo_distance_km: server ? 0 : rng.lognormal(Math.log(8), 0.9),
    privilege_escalations: rng.poisson(server ? 0.08 : 0.04),
    beacon_regularity: 0.02 + 0.55 * rng.uniform() ** 2,
    session_duration_s: rng.lognormal(Math.log(900), 1.0),
    protocol: ["tcp", "udp", "icmp"][rng.choice([0.8, 0.17, 0.03])],
    os: actor.host.os,
    auth_method: authMethod(rng, actor),
  };
}

function benignCause(rng: Rng, actor: Actor, time: number): BenignCause {
  if (rng.bernoulli(0.0025)) return "sensor_glitch";
  switch (actor.host.role) {
    case "backup":
      return isOffHours(time) && rng.bernoulli(0.85) ? "backup_job" : "normal";
    case "scanner":
      return "vulnerability_scan";
    case "monitoring":
      return "monitoring_agent";
    case "app_server":
      return "normal";
    case "workstation":
      break;
  }
  if (actor.user.role === "admin" && rng.bernoulli(0.4)) return "admin_work";
  if (rng.bernoulli(actor.user.travelRate)) return "travel";
  if (rng.bernoulli(0.02)) return "forgot_password";
  if (rng.bernoulli(0.01)) return "software_update";
  return "normal";
}

/** Overrides the ordinary session with what the cause makes unusual about it. */
function applyCause(rng: Rng, f: FeatureValues, cause: BenignCause): void {
  const n = (name: string) => f[name] as number;
  switch (cause) {
    case "admin_work":
      f.distinct_dest_ports = 1 + rng.poisson(14);
      f.privilege_escalations = 1 + rng.poisson(1);
      f.new_process_count = rng.poisson(5);
      f.conn_count_1h = n("conn_count_1h") * 2;
      f.login_count_1h = 2 + rng.poisson(3);
      f.auth_method = rng.bernoulli(0.5) ? "ssh_key" : "kerberos";
      break;
    case "travel":
      f.geo_distance_km = rng.lognormal(Math.log(2500), 0.8);
      f.failed_logins_1h = rng.poisson(0.6);
      f.auth_method = rng.bernoulli(0.7) ? "mfa" : "password";
      break;
    case "forgot_password":
      f.failed_logins_1h = 3 + rng.poisson(5);
      break;
    case "software_update":
      f.dns_queries_1h = n("dns_queries_1h") * 4;
      f.conn_count_1h = n("conn_count_1h") * 3;
      f.bytes_in = n("bytes_in") * 20;
      f.new_process_count = rng.poisson(4);
      break;
    case "backup_job":
      f.bytes_out = rng.lognormal(Math.log(5e9), 0.7);
      f.session_duration_s = rng.lognormal(Math.log(7200), 0.5);
      f.beacon_regularity = 0.3 + 0.2 * rng.uniform();
      break;
    case "vulnerability_scan":
      f.distinct_dest_ports = rng.poisson(400);
      f.conn_count_1h = rng.poisson(1500);
      f.dns_queries_1h = rng.poisson(600);
      f.session_duration_s = rng.lognormal(Math.log(3600), 0.3);
      f.protocol = rng.bernoulli(0.3) ? "icmp" : "tcp";
      break;
    case "monitoring_agent":
      f.beacon_regularity = 0.9 + 0.09 * rng.uniform();
      f.conn_count_1h = rng.poisson(120);
      break;
    case "sensor_glitch": {
      const glitch = rng.int(0, 2);
      if (glitch === 0) f.bytes_out = 4294967295; // a 32-bit counter read as unsigned -1
      else if (glitch === 1) Object.assign(f, { session_duration_s: 0, conn_count_1h: 0, dns_queries_1h: 0, dns_entropy: 0 });
      else f.failed_logins_1h = 255;
      break;
    }
    case "normal":
      break;
  }
}

const EVERYDAY_PROCESSES = ["chrome.exe", "outlook.exe", "teams.exe", "excel.exe", "slack", "code", "zoom", "firefox", "onedrive.exe"];
const SAAS = ["outlook.office365.com", "slack.com", "github.com", "salesforce.com", "drive.google.com", "zoom.us", "atlassian.net"];
const CAUSE_PROCESS: Partial<Record<BenignCause, string[]>> = {
  admin_work: ["mmc.exe", "powershell.exe", "ssh", "ansible-playbook", "psexec.exe"],
  backup_job: ["veeam-agent", "restic"],
  vulnerability_scan: ["nessusd", "nmap"],
  monitoring_agent: ["zabbix_agentd", "datadog-agent"],
  software_update: ["msiexec.exe", "softwareupdated", "apt"],
};

function rawEvent(rng: Rng, actor: Actor, cause: BenignCause, enterprise: Enterprise): Record<string, unknown> {
  const internal = cause === "admin_work" || cause === "vulnerability_scan" || cause === "backup_job";
  const dest = internal ? rng.pick(enterprise.servers) : null;
  return {
    sensor: rng.pick(["edr", "netflow", "auth-log"]),
    action: cause === "forgot_password" || cause === "travel" ? "login" : "network_session",
    process: rng.pick(CAUSE_PROCESS[cause] ?? EVERYDAY_PROCESSES),
    destHost: dest ? dest.name : rng.pick(SAAS),
    destIp: dest ? dest.ip : `52.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    destPort: cause === "admin_work" ? rng.pick([22, 445, 3389, 5985]) : rng.pick([443, 443, 443, 80, 53, 8443]),
  };
}

export type BenignDraft = { actor: Actor; features: FeatureValues; cause: BenignCause; raw: Record<string, unknown> };

export function benignEvent(rng: Rng, enterprise: Enterprise, table: ActorTable, time: number): BenignDraft {
  const actor = pickActor(rng, table, time);
  const features = normalFeatures(rng, actor, time);
  const cause = benignCause(rng, actor, time);
  applyCause(rng, features, cause);
  return { actor, features, cause, raw: rawEvent(rng, actor, cause, enterprise) };
}
