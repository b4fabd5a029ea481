import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it } from "@effect/vitest"
import * as AppStore from "@mastodon-effect/http/AppStore"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as fs from "node:fs"
import * as os from "node:os"
import * as nodePath from "node:path"
import { mockClient } from "./utils/mockHttp.js"

const tempDir = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(nodePath.join(os.tmpdir(), "app-store-"))),
  (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
)

describe("AppStore", () => {
  it.scoped("a registered app is saved to a 0600 file and loads back with its secret redacted", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        json: {
          id: "7",
          name: "My app",
          client_id: "cid-123",
          client_secret: "app-secret-456",
          redirect_uris: ["urn:ietf:wg:oauth:2.0:oob"],
          scopes: ["read", "write"]
        }
      }))
      const app = yield* Effect.provide(
        Apps.register({ client_name: "My app", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" }),
        layer
      )
      const entry = AppStore.fromRegistered("https://mastodon.example", app)
      expect(entry).toMatchObject({ url: "https://mastodon.example", client_id: "cid-123", scopes: "read write" })

      const dir = yield* tempDir
      const path = nodePath.join(dir, "app.json")
      const store = yield* AppStore.makeFile(path).pipe(Effect.provide(NodeFileSystem.layer))
      yield* store.save(entry)
      expect(fs.statSync(path).mode & 0o777).toBe(0o600)
      expect(JSON.parse(fs.readFileSync(path, "utf8")).client_secret).toBe("app-secret-456")
      const loaded = Option.getOrThrow(yield* store.load)
      expect(loaded.client_id).toBe("cid-123")
      expect(Redacted.value(loaded.client_secret)).toBe("app-secret-456")
      expect(String(loaded.client_secret)).not.toContain("app-secret")
      yield* store.clear
      expect(Option.isNone(yield* store.load)).toBe(true)
    }))

  it.scoped("a file that is not a saved app is a typed error that does not quote it", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "app.json")
      fs.writeFileSync(path, JSON.stringify({ url: "x", client_id: "c", client_secret: 42, note: "secret-xyz" }))
      const store = yield* AppStore.makeFile(path).pipe(Effect.provide(NodeFileSystem.layer))
      const error = yield* Effect.flip(store.load)
      expect(error._tag).toBe("AppStoreError")
      expect(error.message).toContain("client_secret")
      expect(error.message).not.toContain("secret-xyz")
    }))

  it.effect("the memory store saves, loads and clears", () =>
    Effect.gen(function*() {
      const entry: AppStore.Entry = { url: "https://a.example", client_id: "c", client_secret: Redacted.make("s") }
      yield* AppStore.save(entry)
      expect(Option.getOrThrow(yield* AppStore.load)).toBe(entry)
      yield* AppStore.clear
      expect(Option.isNone(yield* AppStore.load)).toBe(true)
    }).pipe(Effect.provide(AppStore.layerMemory())))
})
