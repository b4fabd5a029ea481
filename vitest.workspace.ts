import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProjectConfiguration } from "vitest/config"

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * Tests import the packages from source: each `@mastodon-effect/<name>` (and its subpaths) resolves
 * to `packages/<name>/src`, so no build is needed before `vitest run`.
 */
const alias = ["core", "http", "stream", "streaming", "testing"].flatMap((name) => [
  { find: new RegExp(`^@mastodon-effect/${name}$`), replacement: path.join(root, `packages/${name}/src/index.ts`) },
  { find: new RegExp(`^@mastodon-effect/${name}/(.*)$`), replacement: path.join(root, `packages/${name}/src/$1.ts`) }
])

const project = (name: string, include: Array<string>, exclude: Array<string> = []): TestProjectConfiguration => ({
  resolve: { alias },
  test: { name, include, exclude: ["**/node_modules/**", ...exclude], root, testTimeout: 30_000 }
})

/** The list of test projects: one per package, plus the examples' own tests. */
export default [
  project("core", ["packages/core/test/**/*.test.ts"]),
  project("http", ["packages/http/test/**/*.test.ts"], ["packages/http/test/built/**"]),
  project("stream", ["packages/stream/test/**/*.test.ts"]),
  project("streaming", ["packages/streaming/test/**/*.test.ts"]),
  project("testing", ["packages/testing/test/**/*.test.ts"]),
  project("examples", ["examples/test/**/*.test.ts"]),
  // Loads the built output (dist/) instead of the sources: `npm test` builds before it runs.
  project("dist", ["packages/*/test/built/**/*.test.ts"]),
  // Packs the built packages and installs the tarballs into a fresh project: `npm test` builds first.
  project("packed", ["test/packed/*.test.ts"])
] satisfies Array<TestProjectConfiguration>
