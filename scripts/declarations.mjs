// Derives the CommonJS declarations from the ESM ones tsc wrote: each `dist/**/X.d.ts` gets a
// `X.d.cts` twin whose relative imports name `.cjs` files, so that under `require` TypeScript
// resolves every file of the package as CommonJS (an ESM `.d.ts` read from a CommonJS program is
// "masquerading" and degrades or fails). Imports of other packages stay bare: the consumer's own
// resolution picks their `require` or `import` declarations.
//
//   node ../../scripts/declarations.mjs        (run from a package directory, after tsc)
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const dist = join(process.cwd(), "dist")

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
  )

// `from "./x.js"`, `import("../x.js")`, `export * from "./x.js"`: relative specifiers only.
const relative = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']*?)\.js(["'])/g

let count = 0
for (const file of files(dist)) {
  if (file.endsWith(".d.ts")) {
    const cts = file.slice(0, -".d.ts".length) + ".d.cts"
    const text = readFileSync(file, "utf8")
      .replace(relative, "$1$2.cjs$3")
      .replace(/(\/\/# sourceMappingURL=.*)\.d\.ts\.map\s*$/, "$1.d.cts.map\n")
    writeFileSync(cts, text)
    count++
  } else if (file.endsWith(".d.ts.map")) {
    const map = JSON.parse(readFileSync(file, "utf8"))
    map.file = map.file.replace(/\.d\.ts$/, ".d.cts")
    writeFileSync(file.slice(0, -".d.ts.map".length) + ".d.cts.map", JSON.stringify(map))
  }
}
if (count === 0) {
  console.error(`no .d.ts files under ${dist}: run tsc first`)
  process.exit(1)
}
