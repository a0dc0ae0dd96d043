import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, searchSql, type SearchPlan } from "./search-sql";

const plan = (overrides: Partial<SearchPlan> = {}): SearchPlan => ({
  filters: {},
  versionIds: [3, 5],
  byModel: false,
  take: 51,
  columns: "page",
  ...overrides,
});

const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length;

describe("searchSql", () => {
  it("searches by event id through the unique (version, event id) index, for every version in scope", () => {
    const { sql, params, strategy } = searchSql("sqlite", plan({ filters: { eventId: "evt-1" } }));
    expect(strategy).toBe("event");
    expect(sql).toContain(`p."modelVersionId" IN (?, ?)`);
    expect(params).toEqual([3, 5, "evt-1"]);
    expect(placeholders(sql)).toBe(params.length);
  });

  it("keeps SQLite on the entity's index when a model is named too", () => {
    const sqlite = searchSql("sqlite", plan({ filters: { host: "ws-1", model: "m" }, byModel: true }));
    expect(sqlite.sql).toContain(`+p."modelVersionId" IN (?, ?)`);
    expect(searchSql("postgresql", plan({ filters: { host: "ws-1", model: "m" }, byModel: true })).sql).not.toContain("+p.");
    // without a model the version list is not needed at all
    expect(searchSql("sqlite", plan({ filters: { sourceIp: "10.0.0.1" } })).sql).not.toContain("modelVersionId\" IN");
  });

  it("merges one newest-first walk per version when no index names the rows", () => {
    const { sql, params, strategy } = searchSql("postgresql", plan({ filters: { decision: "alerted", from: new Date(0) } }));
    expect(strategy).toBe("per-version");
    expect(sql.match(/UNION ALL/g)).toHaveLength(1);
    expect(params).toEqual([3, true, new Date(0), 5, true, new Date(0)]);
    expect(placeholders(sql)).toBe(params.length);
  });

  it("continues strictly after the cursor and can leave out late arrivals", () => {
    const cursor = { time: new Date(1_000), id: 9 };
    const asOf = new Date(2_000);
    const { sql, params } = searchSql("sqlite", plan({ filters: { user: "j.doe" }, cursor, asOf }));
    expect(sql).toContain(`p."time" <= ? AND (p."time" < ? OR p."id" < ?)`);
    expect(params).toEqual(["j.doe", cursor.time, cursor.time, 9, asOf]);
  });

  it("asks the database nothing when no version is in scope", () => {
    expect(searchSql("sqlite", plan({ versionIds: [] })).strategy).toBe("empty");
  });
});

describe("cursor", () => {
  it("round-trips", () => {
    const cursor = { time: new Date("2026-11-01T12:00:00.123Z"), id: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
});
