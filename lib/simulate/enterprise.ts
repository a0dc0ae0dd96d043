// A synthetic company: workstations with their users, servers with service accounts, and the few
// infrastructure boxes (backup, vulnerability scanner, monitoring) that every real SOC learns to
// recognise because they look like attackers to a naive detector.
import type { Rng } from "@/lib/stats/random";

export const BUSINESS_UNITS = ["finance", "engineering", "sales", "hr", "it", "operations"] as const;
export type BusinessUnit = (typeof BUSINESS_UNITS)[number];
const UNIT_WEIGHTS = [0.14, 0.28, 0.2, 0.06, 0.1, 0.22];

export type Os = "windows" | "linux" | "macos";
export type HostRole = "workstation" | "app_server" | "backup" | "scanner" | "monitoring";

export type Host = {
  name: string;
  role: HostRole;
  os: Os;
  businessUnit: BusinessUnit;
  ip: string;
  /** relative share of the company's events this host produces */
  activity: number;
  /** per-host multiplier on traffic volume (some people move far more data than others) */
  volume: number;
};

export type UserRole = "staff" | "admin" | "service";
export type User = { name: string; role: UserRole; businessUnit: BusinessUnit; host: Host; travelRate: number };

export type Enterprise = { hosts: Host[]; users: User[]; workstations: Host[]; servers: Host[]; admins: User[] };

const FIRST_INITIALS = "aabcdeefghijjklmmnoprsstvwy";
const LAST_NAMES = [
  "doe", "smith", "garcia", "nguyen", "kowalski", "okafor", "rossi", "muller", "dubois", "tanaka", "silva", "johansson",
  "patel", "kim", "novak", "haddad", "murphy", "fischer", "lopez", "ivanova", "chen", "moreau", "brown", "costa",
  "larsen", "sato", "mendes", "wagner", "ali", "kaur", "schmidt", "hughes", "santos", "petrov", "weber", "yilmaz",
  "oconnor", "fernandez", "becker", "lindqvist", "adeyemi", "nakamura", "romano", "meyer", "walsh", "park", "jansen",
];

const WORKSTATIONS = 262;
const APP_SERVERS = 32;

function workstationOs(rng: Rng, unit: BusinessUnit): Os {
  const weights = unit === "engineering" ? [0.35, 0.2, 0.45] : unit === "it" ? [0.5, 0.3, 0.2] : [0.82, 0, 0.18];
  return (["windows", "linux", "macos"] as const)[rng.choice(weights)];
}

export function buildEnterprise(rng: Rng): Enterprise {
  const hosts: Host[] = [];
  const users: User[] = [];
  const taken = new Set<string>();

  const wsNumbers = rng.shuffle(Array.from({ length: 1999 }, (_, i) => i + 1)).slice(0, WORKSTATIONS).sort((a, b) => a - b);
  wsNumbers.forEach((number, i) => {
    const businessUnit = BUSINESS_UNITS[rng.choice(UNIT_WEIGHTS)];
    const unitIndex = BUSINESS_UNITS.indexOf(businessUnit);
    const host: Host = {
      name: `ws-${String(number).padStart(4, "0")}`,
      role: "workstation",
      os: workstationOs(rng, businessUnit),
      businessUnit,
      ip: `10.${10 + unitIndex}.${Math.floor(i / 200)}.${(i % 200) + 20}`,
      activity: rng.lognormal(0, 0.4),
      volume: rng.lognormal(0, 0.5),
    };
    hosts.push(host);
    let name = `${rng.pick(FIRST_INITIALS.split(""))}.${rng.pick(LAST_NAMES)}`;
    for (let suffix = 2; taken.has(name); suffix++) name = `${name.replace(/\d+$/, "")}${suffix}`;
    taken.add(name);
    // Most of IT administers systems as part of the job: the source of benign positives.
    const role: UserRole = businessUnit === "it" && rng.bernoulli(0.7) ? "admin" : "staff";
    const travelRate = businessUnit === "sales" ? 0.08 : 0.01;
    users.push({ name, role, businessUnit, host, travelRate });
  });

  const serverRoles: HostRole[] = ["backup", "backup", "scanner", "monitoring", "monitoring", "monitoring"];
  for (let i = 0; i < APP_SERVERS; i++) serverRoles.push("app_server");
  serverRoles.forEach((role, i) => {
    const host: Host = {
      name: `srv-${String(i * 3 + 4).padStart(3, "0")}`,
      role,
      os: role === "scanner" || role === "monitoring" ? "linux" : rng.bernoulli(0.7) ? "linux" : "windows",
      businessUnit: role === "app_server" ? BUSINESS_UNITS[rng.choice([0.2, 0.35, 0.15, 0.05, 0.1, 0.15])] : "it",
      ip: `10.0.${Math.floor(i / 50) + 1}.${(i % 50) + 10}`,
      activity: role === "app_server" ? rng.lognormal(0.3, 0.4) : 1.2,
      volume: role === "backup" ? 40 : rng.lognormal(0.8, 0.5),
    };
    hosts.push(host);
    users.push({ name: `svc-${role.replace("_server", "")}-${String(i + 1).padStart(2, "0")}`, role: "service", businessUnit: host.businessUnit, host, travelRate: 0 });
  });

  const workstations = hosts.filter((h) => h.role === "workstation");
  const servers = hosts.filter((h) => h.role !== "workstation");
  return { hosts, users, workstations, servers, admins: users.filter((u) => u.role === "admin") };
}
