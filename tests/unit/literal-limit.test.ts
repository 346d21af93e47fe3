import { PgDialect } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/pglite";
import { describe, expect, it } from "vitest";
import { literalLimit } from "@/db/literal-limit";
import { requests } from "@/db/schema";

// A query builder with no connection: toSQL only writes the statement.
const db = drizzle.mock();

describe("literalLimit (db/literal-limit.ts)", () => {
  it("writes the row count into the statement instead of sending it as a parameter", () => {
    const query = db.select({ id: requests.id }).from(requests).orderBy(requests.updatedAt).limit(literalLimit(26)).toSQL();
    expect(query.sql).toMatch(/ limit 26$/);
    expect(query.params).toEqual([]);
  });

  it("is a parameter again without it (what the helper is for)", () => {
    const query = db.select({ id: requests.id }).from(requests).limit(26).toSQL();
    expect(query.sql).toMatch(/ limit \$1$/);
    expect(query.params).toEqual([26]);
  });

  it("inside a subquery as well", () => {
    const inner = db.select({ id: requests.id }).from(requests).limit(literalLimit(1001)).as("matching");
    const query = new PgDialect().sqlToQuery(db.select({ id: inner.id }).from(inner).getSQL());
    expect(query.sql).toContain(" limit 1001)");
    expect(query.params).toEqual([]);
  });

  it("takes nothing but a row count: the text is written as it is", () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => literalLimit(bad)).toThrow(RangeError);
    }
    expect(() => literalLimit("1; drop table requests" as unknown as number)).toThrow(RangeError);
  });
});
