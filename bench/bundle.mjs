// Bundle-size benchmark: esbuild (browser, ESM, minified) + gzip for a program calling one
// endpoint, the same program on bare effect + @effect/platform, and one calling two endpoint
// groups. Reports what this library adds. It bundles the built packages (their `dist/`, through
// their `exports` maps), as a user's bundler sees them: the repository's tsconfig `paths`, which
// point at the sources, are not used. Build the packages first (`npm run build`).
//   node bench/bundle.mjs
import { build } from "esbuild"
import { gzipSync } from "node:zlib"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = join(dirname(fileURLToPath(import.meta.url)), "bundle")
const size = async (entry) => {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    treeShaking: true,
    // No tsconfig: its `paths` would resolve @mastodon-effect/* to the sources, not to what users install.
    tsconfigRaw: "{}",
    logLevel: "error"
  })
  const code = result.outputFiles[0].contents
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

const baseline = await size("baseline.ts")
const one = await size("one-endpoint.ts")
const two = await size("two-groups.ts")
const kb = (n) => (n / 1024).toFixed(1)
console.log("| program | minified KB | gzip KB |")
console.log("| --- | ---: | ---: |")
console.log(`| effect + @effect/platform only (baseline) | ${kb(baseline.raw)} | ${kb(baseline.gzip)} |`)
console.log(`| one endpoint via mastodon-effect | ${kb(one.raw)} | ${kb(one.gzip)} |`)
console.log(`| two endpoint groups via mastodon-effect | ${kb(two.raw)} | ${kb(two.gzip)} |`)
console.log("")
const oneCost = one.gzip - baseline.gzip
const secondCost = two.gzip - one.gzip
console.log(`cost of mastodon-effect for one endpoint: ${kb(oneCost)} KB gzip (target < 10 KB: ${oneCost < 10 * 1024 ? "met" : "NOT MET"})`)
console.log(`cost of a second endpoint group: ${kb(secondCost)} KB gzip (target < 1 KB: ${secondCost < 1024 ? "met" : "NOT MET"})`)
