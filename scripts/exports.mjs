// Keeps each package's entry points in package.json in step with its modules: every
// `src/<Module>.ts` is a public subpath (`@mastodon-effect/<pkg>/<Module>`), `src/index.ts` is the
// root, and nothing else is (no `./*` pattern, so the hashed chunks of the build and `internal/`
// stay private). `typesVersions` gives the same subpaths to `moduleResolution: node10`, which does
// not read `exports`.
//
//   node scripts/exports.mjs           check; exits 1 and names the package when one is stale
//   node scripts/exports.mjs --write   rewrite the fields
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const write = process.argv.includes("--write")
const packages = ["core", "http", "stream", "streaming", "testing"]

const entry = (name) => ({
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` }
})

const expected = (dir) => {
  const modules = readdirSync(join(dir, "src"))
    .filter((file) => /^[A-Z][A-Za-z0-9]*\.ts$/.test(file))
    .map((file) => file.slice(0, -3))
    .sort()
  return {
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": entry("index"),
      ...Object.fromEntries(modules.map((name) => [`./${name}`, entry(name)])),
      "./package.json": "./package.json"
    },
    typesVersions: { "*": Object.fromEntries(modules.map((name) => [name, [`./dist/${name}.d.ts`]])) }
  }
}

let stale = 0
for (const name of packages) {
  const file = join(root, "packages", name, "package.json")
  const text = readFileSync(file, "utf8")
  const pkg = JSON.parse(text)
  const want = expected(join(root, "packages", name))
  const same = Object.entries(want).every(([key, value]) => JSON.stringify(pkg[key]) === JSON.stringify(value))
  if (same) continue
  if (write) {
    // Keep the key order of the file: the entry fields go where "sideEffects" is, or at the end.
    const out = {}
    let placed = false
    for (const [key, value] of Object.entries(pkg)) {
      if (key in want) continue
      out[key] = value
      if (key === "sideEffects") {
        Object.assign(out, want)
        placed = true
      }
    }
    if (!placed) Object.assign(out, want)
    writeFileSync(file, JSON.stringify(out, null, 2) + "\n")
    console.log(`updated packages/${name}/package.json`)
  } else {
    stale++
    console.error(`packages/${name}/package.json: "exports" or "typesVersions" do not list exactly its src/*.ts modules`)
  }
}
if (stale > 0) {
  console.error("run `node scripts/exports.mjs --write` and commit the result")
  process.exit(1)
}
