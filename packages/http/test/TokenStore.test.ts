import * as fs from "node:fs"
import * as os from "node:os"
import * as nodePath from "node:path"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it } from "@effect/vitest"
import * as TokenStore from "@mastodon-effect/http/TokenStore"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { CLIENT_SECRET, USER_TOKEN } from "./fixtures/auth.js"

const entry: TokenStore.Entry = {
  url: "https://mastodon.example/",
  access_token: Redacted.make(USER_TOKEN),
  refresh_token: Redacted.make("refresh-Zx9"),
  scope: "read write",
  created_at: DateTime.unsafeMake("2023-11-14T22:13:20.000Z"),
  client_id: "cid",
  client_secret: Redacted.make(CLIENT_SECRET)
}

const tempDir = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(nodePath.join(os.tmpdir(), "token-store-"))),
  (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
)

const withFileStore = <A, E>(path: string, f: (store: TokenStore.Service) => Effect.Effect<A, E>) =>
  Effect.flatMap(TokenStore.makeFile(path), f).pipe(Effect.provide(NodeFileSystem.layer))

describe("TokenStore.layerMemory", () => {
  it.effect("starts empty, saves, loads and clears", () =>
    Effect.gen(function*() {
      expect(Option.isNone(yield* TokenStore.load)).toBe(true)
      yield* TokenStore.save(entry)
      const loaded = yield* TokenStore.load
      expect(Option.getOrThrow(loaded)).toBe(entry)
      yield* TokenStore.clear
      expect(Option.isNone(yield* TokenStore.load)).toBe(true)
    }).pipe(Effect.provide(TokenStore.layerMemory())))
})

describe("TokenStore.layerFile", () => {
  it.scoped("round-trips an entry through a 0600 JSON file holding the plain token", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "token.json")
      yield* withFileStore(path, (store) => store.save(entry))

      expect(fs.statSync(path).mode & 0o777).toBe(0o600)
      const json = JSON.parse(fs.readFileSync(path, "utf8")) as Record<string, unknown>
      expect(json).toEqual({
        url: "https://mastodon.example/",
        access_token: USER_TOKEN,
        refresh_token: "refresh-Zx9",
        scope: "read write",
        created_at: "2023-11-14T22:13:20.000Z",
        client_id: "cid",
        client_secret: CLIENT_SECRET
      })
      expect(fs.existsSync(`${path}.tmp`)).toBe(false)

      const loaded = Option.getOrThrow(yield* withFileStore(path, (store) => store.load))
      expect(Redacted.isRedacted(loaded.access_token)).toBe(true)
      expect(Redacted.value(loaded.access_token)).toBe(USER_TOKEN)
      expect(loaded.refresh_token === undefined ? undefined : Redacted.value(loaded.refresh_token)).toBe("refresh-Zx9")
      expect(loaded.created_at).toEqual(entry.created_at)
      expect(String(loaded.access_token)).not.toContain(USER_TOKEN)
    }))

  it.scoped("overwriting an existing world-readable file leaves it 0600", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "token.json")
      fs.writeFileSync(path, "{}", { mode: 0o644 })
      fs.writeFileSync(`${path}.tmp`, "stale", { mode: 0o644 })
      yield* withFileStore(path, (store) => store.save(entry))
      expect(fs.statSync(path).mode & 0o777).toBe(0o600)
      expect(JSON.parse(fs.readFileSync(path, "utf8"))).toMatchObject({ access_token: USER_TOKEN })
    }))

  it.scoped("a symlink planted at <path>.tmp is not followed: its target is untouched and <path> is a plain 0600 file", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "token.json")
      const victim = nodePath.join(dir, "victim.txt")
      fs.writeFileSync(victim, "do not overwrite", { mode: 0o644 })
      fs.symlinkSync(victim, `${path}.tmp`)
      // A dangling link too: O_EXCL refuses it as well, where a plain open would create its target.
      const dangling = nodePath.join(dir, "created-through-link.txt")
      fs.symlinkSync(dangling, `${path}.tmp2`)

      yield* withFileStore(path, (store) => store.save(entry))

      expect(fs.readFileSync(victim, "utf8")).toBe("do not overwrite")
      expect(fs.statSync(victim).mode & 0o777).toBe(0o644)
      expect(fs.existsSync(dangling)).toBe(false)
      const stat = fs.lstatSync(path)
      expect(stat.isSymbolicLink()).toBe(false)
      expect(stat.isFile()).toBe(true)
      expect(stat.mode & 0o777).toBe(0o600)
      expect(JSON.parse(fs.readFileSync(path, "utf8"))).toMatchObject({ access_token: USER_TOKEN })
      // Nothing else was left behind: the temporary file was renamed into place.
      expect(fs.readdirSync(dir).sort()).toEqual(["token.json", "token.json.tmp", "token.json.tmp2", "victim.txt"])
    }))

  it.scoped("when the rename fails, the temporary file holding the token is removed", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "token.json")
      // A non-empty directory at <path>: rename(2) cannot replace it.
      fs.mkdirSync(path)
      fs.writeFileSync(nodePath.join(path, "keep"), "x")
      const error = yield* Effect.flip(withFileStore(path, (store) => store.save(entry)))
      expect(error._tag).toBe("TokenStoreError")
      expect(error.message).not.toContain(USER_TOKEN)
      expect(fs.readdirSync(dir)).toEqual(["token.json"])
    }))

  it.scoped("a missing file loads as None, and clear on nothing succeeds", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "none.json")
      expect(Option.isNone(yield* withFileStore(path, (store) => store.load))).toBe(true)
      yield* withFileStore(path, (store) => store.clear)
      yield* withFileStore(path, (store) => Effect.zipRight(store.save(entry), store.clear))
      expect(fs.existsSync(path)).toBe(false)
    }))

  it.scoped("a corrupt or foreign file is a TokenStoreError that does not quote the token", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "token.json")
      fs.writeFileSync(path, `{"access_token":"${USER_TOKEN}", trunc`, { mode: 0o600 })
      const notJson = yield* Effect.flip(withFileStore(path, (store) => store.load))
      expect(notJson._tag).toBe("TokenStoreError")
      expect(notJson.operation).toBe("load")
      expect(notJson.message).toBe(`Token store could not load ${path}: the file is not valid JSON`)
      expect(notJson.message).not.toContain(USER_TOKEN)

      fs.writeFileSync(path, JSON.stringify({ access_token: USER_TOKEN, url: 5 }))
      const wrongShape = yield* Effect.flip(withFileStore(path, (store) => store.load))
      expect(wrongShape._tag).toBe("TokenStoreError")
      expect(wrongShape.message).toContain("url")
      expect(wrongShape.message).toContain("scope")
      expect(wrongShape.message).not.toContain(USER_TOKEN)
    }))

  it.scoped("an unwritable location is a TokenStoreError", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const path = nodePath.join(dir, "missing-dir", "token.json")
      const error = yield* Effect.flip(withFileStore(path, (store) => store.save(entry)))
      expect(error._tag).toBe("TokenStoreError")
      expect(error.operation).toBe("save")
      expect(error.message).toContain(path)
      expect(error.message).not.toContain(USER_TOKEN)
    }))
})
