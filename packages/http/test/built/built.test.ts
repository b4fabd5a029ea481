/**
 * The built packages (run after `npm run build`; `npm test` builds first). Everything else in the
 * suite imports the sources; this file loads `dist/` the way a user's Node program would, through
 * the packages' `exports`, as ESM and as CommonJS.
 */
import type * as HttpClientT from "@effect/platform/HttpClient"
import type * as HttpClientResponseT from "@effect/platform/HttpClientResponse"
import { describe, expect, it } from "@effect/vitest"
import type * as AccountsT from "@mastodon-effect/http/Accounts"
import type * as MastodonClientT from "@mastodon-effect/http/MastodonClient"
import type * as EffectT from "effect/Effect"
import type * as LayerT from "effect/Layer"
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..")
const require = createRequire(join(root, "package.json"))
const packages = ["core", "http", "stream", "testing"] as const

describe("built packages", () => {
  it("emit ESM, CJS and type declarations for every package", () => {
    for (const name of packages) {
      for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts"]) {
        expect(existsSync(join(root, "packages", name, "dist", file)), `${name}/dist/${file}`).toBe(true)
      }
    }
  })

  it("resolve subpath exports to dist for require and import", async () => {
    expect(require.resolve("@mastodon-effect/http/Accounts")).toMatch(/packages[\\/]http[\\/]dist[\\/]Accounts\.cjs$/)
    const cjs = require("@mastodon-effect/core/Snowflake") as { fromDate: (d: Date) => string }
    expect(cjs.fromDate(new Date(0x10000))).toBe(String(0x10000 * 2 ** 16))
    const esm = (await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href)) as Record<string, unknown>
    expect(Object.keys(esm)).toEqual(expect.arrayContaining(["Account", "MastodonError", "Scope", "Snowflake"]))
  })

  it("the built client decodes through the built core, in CommonJS", async () => {
    const Effect = require("effect/Effect") as typeof EffectT
    const Layer = require("effect/Layer") as typeof LayerT
    const HttpClient = require("@effect/platform/HttpClient") as typeof HttpClientT
    const HttpClientResponse = require("@effect/platform/HttpClientResponse") as typeof HttpClientResponseT
    const MastodonClient = require("@mastodon-effect/http/MastodonClient") as typeof MastodonClientT
    const Accounts = require("@mastodon-effect/http/Accounts") as typeof AccountsT
    const body = JSON.stringify({ error: "Record not found" })
    const http = HttpClient.make((request) => Effect.succeed(HttpClientResponse.fromWeb(request, new Response(body, { status: 404 }))))
    const layer = MastodonClient.layer({ url: "https://mastodon.example" }).pipe(Layer.provide(Layer.succeed(HttpClient.HttpClient, http)))
    const error = await Effect.runPromise(Effect.flip(Effect.provide(Accounts.get("1" as never), layer)))
    expect(error._tag).toBe("NotFound")
    expect(error.message).toContain("Record not found")
  })
})
