/**
 * The README's endpoint table is generated from the declarations; this keeps it true: every
 * declared endpoint has its row (method, path, function, version), and every function named
 * there exists.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Http from "@mastodon-effect/http"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../README.md"), "utf8")

interface Declared {
  readonly method: string
  readonly path: string
  readonly versions: { readonly added?: string; readonly removed?: string }
  readonly deprecated: boolean
}

/** Code-point order, as scripts/endpoint-table.ts sorts groups and functions. */
const byName = <A>(a: readonly [string, A], b: readonly [string, A]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

const rows = (): ReadonlyArray<{ readonly row: string; readonly group: string; readonly fn: string }> =>
  Object.entries(Http).sort(byName).flatMap(([group, module]) => {
    if (typeof module !== "object" || module === null) return []
    const endpoints = Http.Endpoint.declaredIn(module) as Readonly<Record<string, Declared>>
    return Object.entries(endpoints).sort(byName).map(([name, e]) => {
      const fn = typeof (module as Record<string, unknown>)[name] === "function" ? `${group}.${name}` : `${group}.${name}Endpoint`
      const since = `${e.versions.added ?? ""}${e.versions.removed ? `, removed ${e.versions.removed}` : ""}${e.deprecated ? " (deprecated)" : ""}`
      return { row: `| \`${e.method}\` | \`${e.path}\` | \`${fn}\` | ${since} |`, group, fn }
    })
  })

describe("README", () => {
  it("lists every endpoint with its function and version", () => {
    const all = rows()
    expect(all.length).toBeGreaterThan(70)
    const missing = all.filter((r) => !readme.includes(r.row)).map((r) => r.row)
    expect(missing).toEqual([])
    // The table is exactly what `npx tsx scripts/endpoint-table.ts --write` generates, in order.
    const inReadme = readme.split("\n").filter((line) => /^\| `(GET|POST|PUT|PATCH|DELETE)` \|/.test(line))
    expect(inReadme).toEqual(all.map((r) => r.row))
  })

  it("names only functions that exist", () => {
    const named = [...readme.matchAll(/\| `([A-Z]\w+)\.(\w+)` \|/g)]
    expect(named.length).toBeGreaterThan(70)
    for (const [, group, name] of named) {
      const module = (Http as Record<string, unknown>)[group!] as Record<string, unknown> | undefined
      // A row without a function of its own names the declaration (`Instance.termsOfServiceAtEndpoint`).
      const value = module?.[name!]
      expect(typeof value === "function" || Http.Endpoint.isEndpoint(value), `${group}.${name}`).toBe(true)
    }
  })
})
