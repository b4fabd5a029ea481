/**
 * The packages as a user gets them: `npm pack` of each workspace, then
 *
 * - publint (strict) and @arethetypeswrong/cli on every tarball;
 * - a fresh project (in a temporary directory, outside this repository) that installs the tarballs
 *   with the pinned `effect` and `@effect/platform`, type-checks a program with
 *   `skipLibCheck: false` under NodeNext as ESM and as CommonJS and under bundler resolution, runs
 *   it both ways, runs an @effect/vitest test against the in-memory instance, bundles the
 *   in-memory face for the browser, and starts the `bin`.
 *
 * `npm test` builds first. The install needs the npm registry (or its cache) for the peer and dev
 * dependencies. `PACKED_DIR=<dir>` checks the tarballs already in <dir> (`npm run release` does).
 */
import { describe, expect, it } from "@effect/vitest"
import { type ChildProcess, spawn } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll } from "vitest"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const packages = ["core", "http", "stream", "streaming", "testing"] as const
const rootPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> }
const pinned = (name: string): string => {
  const version = rootPackage.devDependencies[name]
  if (version === undefined) throw new Error(`${name} is not a devDependency of the root`)
  return version
}

const work = mkdtempSync(join(tmpdir(), "mastodon-effect-packed-"))
const consumer = join(work, "consumer")
const tarballs = new Map<string, string>()

interface Result {
  readonly status: number | null
  readonly output: string
}

/**
 * Run a command without blocking the worker (a synchronous child of several minutes starves
 * vitest's own messages); the result carries stdout and stderr for the assertion message.
 */
const run = (command: string, args: ReadonlyArray<string>, cwd: string, timeout = 300_000): Promise<Result> =>
  new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, timeout, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.on("error", (error) => resolveRun({ status: null, output: `${output}${String(error)}` }))
    child.on("close", (status) => resolveRun({ status, output }))
  })

const ok = async (result: Promise<Result>): Promise<string> => {
  const { output, status } = await result
  expect(status, output).toBe(0)
  return output
}

const bin = (name: string): string => join(consumer, "node_modules", ".bin", name)

beforeAll(async () => {
  const given = process.env["PACKED_DIR"]
  const dir = given === undefined ? join(work, "tarballs") : resolve(root, given)
  if (given === undefined) {
    mkdirSync(dir)
    await ok(run("node", [join(root, "scripts", "pack.mjs"), dir], root))
  }
  for (const name of packages) {
    const file = readdirSync(dir).find((f) => f.startsWith(`mastodon-effect-${name}-`) && f.endsWith(".tgz"))
    if (file === undefined) throw new Error(`no tarball of @mastodon-effect/${name} in ${dir}`)
    tarballs.set(name, join(dir, file))
  }

  cpSync(join(root, "test", "packed", "consumer"), consumer, { recursive: true })
  cpSync(join(consumer, "program.ts"), join(consumer, "main.mts"))
  cpSync(join(consumer, "program.ts"), join(consumer, "main.cts"))
  const dependencies: Record<string, string> = {
    effect: pinned("effect"),
    "@effect/platform": pinned("@effect/platform"),
    // The streaming package's peer (its SSE parser).
    "@effect/experimental": pinned("@effect/experimental")
  }
  for (const [name, file] of tarballs) dependencies[`@mastodon-effect/${name}`] = `file:${file}`
  const devDependencies = Object.fromEntries(
    ["typescript", "@types/node", "vitest", "@effect/vitest"].map((name) => [name, pinned(name)])
  )
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies, devDependencies }, null, 2)
  )
  await ok(run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"], consumer, 600_000))
}, 900_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
}, 120_000)

describe("packed tarballs", () => {
  it("list every src module in exports and typesVersions, and nothing else", async () => {
    await ok(run("node", [join(root, "scripts", "exports.mjs")], root))
  })

  for (const name of packages) {
    it(`@mastodon-effect/${name}: publint finds nothing`, async () => {
      const output = await ok(run(join(root, "node_modules", ".bin", "publint"), ["run", tarballs.get(name)!, "--strict"], root))
      expect(output).toContain("All good!")
    }, 120_000)

    it(`@mastodon-effect/${name}: arethetypeswrong finds nothing`, async () => {
      await ok(run(join(root, "node_modules", ".bin", "attw"), [tarballs.get(name)!, "--format", "ascii", "--no-emoji"], root))
    }, 120_000)

    it(`@mastodon-effect/${name}: ships README, LICENSE and declarations without hashed chunks`, () => {
      const dir = join(consumer, "node_modules", "@mastodon-effect", name)
      for (const file of ["README.md", "LICENSE", "package.json", "dist/index.d.ts", "dist/index.d.cts"]) {
        expect(existsSync(join(dir, file)), file).toBe(true)
      }
      const declarations = readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => /\.d\.c?ts$/.test(f))
      for (const file of declarations) {
        const text = readFileSync(join(dir, "dist", file), "utf8")
        // Another package is imported only through its public subpaths, never a build artefact.
        expect(text, file).not.toMatch(/["']@mastodon-effect\/[a-z]+\/[^"']*(chunk|-[A-Za-z0-9_-]{8})["']/)
        // CommonJS declarations name CommonJS files only (`from` and `import()` alike).
        if (file.endsWith(".d.cts")) expect(text, file).not.toMatch(/["']\.{1,2}\/[^"']*\.js["']/)
      }
    })
  }

  it("type-check under NodeNext as ESM and as CommonJS with skipLibCheck: false", async () => {
    await ok(run(bin("tsc"), ["-p", "tsconfig.node.json"], consumer))
    expect(existsSync(join(consumer, "out", "main.mjs"))).toBe(true)
    expect(existsSync(join(consumer, "out", "main.cjs"))).toBe(true)
  }, 300_000)

  it("type-check under bundler resolution with skipLibCheck: false", async () => {
    await ok(run(bin("tsc"), ["-p", "tsconfig.bundler.json"], consumer))
  }, 300_000)

  it("type-check the user's test", async () => {
    await ok(run(bin("tsc"), ["-p", "tsconfig.test.json"], consumer))
  }, 300_000)

  it("run as ESM", async () => {
    const output = await ok(run("node", ["out/main.mjs"], consumer, 60_000))
    expect(output).toMatch(/^alice has 3 followers and blocks 0/m)
  }, 120_000)

  it("run as CommonJS, loading the require entries", async () => {
    const output = await ok(run("node", ["out/main.cjs"], consumer, 60_000))
    expect(output).toMatch(/^alice has 3 followers and blocks 0/m)
    const resolved = await ok(run("node", ["-p", "require.resolve('@mastodon-effect/http/Blocks')"], consumer))
    expect(resolved.trim()).toMatch(/dist[\\/]Blocks\.cjs$/)
  }, 120_000)

  it("run an @effect/vitest test against the in-memory instance", async () => {
    const output = await ok(run(bin("vitest"), ["run", "--reporter=verbose"], consumer, 240_000))
    expect(output).toMatch(/2 passed/)
  }, 300_000)

  it("bundle the in-memory instance, the client and the streams for the browser", async () => {
    const esbuild = join(root, "node_modules", ".bin", "esbuild")
    const output = await ok(run(esbuild, ["browser.ts", "--bundle", "--platform=browser", "--format=esm", "--outfile=out/browser.js"], consumer))
    expect(output).not.toMatch(/node:/)
  }, 120_000)

  it("bundle a program calling one endpoint without the schemas it does not use", async () => {
    const esbuild = join(root, "node_modules", ".bin", "esbuild")
    await ok(run(esbuild, ["one-endpoint.ts", "--bundle", "--minify", "--platform=browser", "--format=esm", "--outfile=out/one.js"], consumer))
    const output = readFileSync(join(consumer, "out", "one.js"), "utf8")
    // The entity it decodes is there; another endpoint's of the same module (`Accounts.statuses`)
    // and another module's are not: every declaration and schema built at load can be dropped.
    expect(output).toMatch(/identifier:"Account"/)
    expect(output).not.toMatch(/identifier:"Status"/)
    expect(output).not.toMatch(/accounts\.statuses|accounts\.followers/)
    expect(output).not.toMatch(/identifier:"Instance"/)
  }, 120_000)

  it("start the fake server with the package's bin", async () => {
    const server: ChildProcess = spawn(bin("mastodon-effect-testing"), ["--port", "0", "--followers", "3"], {
      cwd: consumer,
      stdio: ["ignore", "pipe", "pipe"]
    })
    try {
      let text = ""
      const banner = await new Promise<string>((resolveBanner, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${text}`)), 60_000)
        const read = (chunk: Buffer) => {
          text += chunk.toString("utf8")
          if (/Access token: \S+/.test(text)) {
            clearTimeout(timer)
            resolveBanner(text)
          }
        }
        server.stdout?.on("data", read)
        server.stderr?.on("data", read)
        server.on("exit", (code) => reject(new Error(`exited ${code}: ${text}`)))
      })
      const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1]
      const token = /Access token: (\S+)/.exec(banner)?.[1]
      expect(origin).toBeDefined()
      const response = await fetch(`${origin}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${token}` } })
      expect(response.status).toBe(200)
      expect(((await response.json()) as { username: string }).username).toBe("demo")
    } finally {
      server.kill("SIGINT")
    }
  }, 120_000)
})
