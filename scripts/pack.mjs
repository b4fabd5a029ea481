// Packs each publishable workspace into <dir> (default `release/`) with `npm pack`, exactly as
// `npm publish` would upload it, and prints the tarballs. Build first (`npm run build`).
//
//   node scripts/pack.mjs [dir]
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const out = resolve(process.argv[2] ?? join(root, "release"))
const packages = ["core", "http", "stream", "streaming", "testing"]

for (const name of packages) {
  if (!existsSync(join(root, "packages", name, "dist", "index.d.cts"))) {
    console.error(`packages/${name}/dist is missing or incomplete: run \`npm run build\` first`)
    process.exit(1)
  }
}
mkdirSync(out, { recursive: true })
const args = ["pack", "--json", "--pack-destination", out, ...packages.flatMap((name) => ["--workspace", `packages/${name}`])]
const packed = JSON.parse(execFileSync("npm", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }))
for (const p of packed) console.log(`${join(out, p.filename)}  ${p.entryCount} files, ${(p.size / 1024).toFixed(0)} KB`)
