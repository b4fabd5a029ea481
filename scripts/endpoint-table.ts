// The README's endpoint table, generated from the endpoint declarations (one row per
// `<function>Endpoint` export of each http module, sorted by group and function):
//   npx tsx scripts/endpoint-table.ts           print the table
//   npx tsx scripts/endpoint-table.ts --write   replace the table in README.md
// packages/http/test/Readme.test.ts checks that every declaration has its row.
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Http from "../packages/http/src/index.js"

const rows: Array<string> = ["| method | path | function | since |", "| --- | --- | --- | --- |"]
// Sorted by code point (groups, then functions): a module namespace's own key order differs
// between runtimes, and the table must not.
const byName = <A>(a: readonly [string, A], b: readonly [string, A]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)
for (const [group, module] of Object.entries(Http).sort(byName)) {
  if (typeof module !== "object" || module === null) continue
  for (const [name, e] of Object.entries(Http.Endpoint.declaredIn(module)).sort(byName)) {
    const fn = typeof (module as Record<string, unknown>)[name] === "function" ? `${group}.${name}` : `${group}.${name}Endpoint`
    const since = `${e.versions.added ?? ""}${e.versions.removed ? `, removed ${e.versions.removed}` : ""}${e.deprecated ? " (deprecated)" : ""}`
    rows.push(`| \`${e.method}\` | \`${e.path}\` | \`${fn}\` | ${since} |`)
  }
}
const table = rows.join("\n")

if (process.argv.includes("--write")) {
  const path = join(dirname(fileURLToPath(import.meta.url)), "..", "README.md")
  const readme = readFileSync(path, "utf8")
  const start = readme.indexOf(rows[0]!)
  const end = readme.indexOf("\n\n", start)
  if (start === -1 || end === -1) throw new Error("no endpoint table in README.md")
  writeFileSync(path, `${readme.slice(0, start)}${table}${readme.slice(end)}`)
  console.log(`README.md: ${rows.length - 2} endpoint rows`)
} else {
  console.log(table)
}
