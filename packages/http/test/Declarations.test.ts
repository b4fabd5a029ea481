/**
 * The endpoint declaration and the pipeline built from it: what a declaration decides (auth, path,
 * query and body encoding, pages), the argument checks of `Argument`, the pipeline's stages as
 * platform `HttpClient` transforms, and the version policy.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import type * as Id from "@mastodon-effect/core/Id"
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Argument from "@mastodon-effect/http/Argument"
import * as Auth from "@mastodon-effect/http/Auth"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as Instance from "@mastodon-effect/http/Instance"
import * as MastodonClient from "@mastodon-effect/http/MastodonClient"
import * as ServerVersion from "@mastodon-effect/http/ServerVersion"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Schema from "effect/Schema"
import { account, relationship } from "./fixtures/accounts.js"
import { mockClient, mockHttp } from "./utils/mockHttp.js"

const aid = (id: string) => id as Id.AccountId

describe("Endpoint declarations", () => {
  it.effect("a public endpoint is sent without the token, whatever the client has", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Instance.rules(), layer)
      yield* Effect.provide(Accounts.get(aid("1")), layer).pipe(Effect.ignore)
      const [rules, get] = yield* requests
      expect(rules?.headers["authorization"]).toBeUndefined()
      expect(get?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("a link-paginated endpoint answers a Page; the declared limits are readable", () =>
    Effect.gen(function*() {
      const next = "https://mastodon.example/api/v1/accounts/1/followers?max_id=5"
      const { layer } = yield* mockClient(() => ({ json: [account("9")], headers: { link: `<${next}>; rel="next"` } }))
      const page = yield* Effect.provide(Accounts.followers(aid("1")), layer)
      expect(page.items.map((a) => a.id)).toEqual(["9"])
      expect(page.next._tag === "Some" && page.next.value).toBe(next)
      expect(Accounts.followersEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 40, maxLimit: 80 })
      expect(Accounts.statusesEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
    }))

  it("path placeholders are checked at compile time", () => {
    const endpoint = Endpoint.make({
      name: "test.typed",
      method: "GET",
      path: "/api/v1/lists/:id/accounts/:account_id",
      response: Schema.Unknown,
      auth: "user"
    })
    // @ts-expect-error a wrong key for the template
    const wrong = () => Endpoint.call(endpoint, { path: { id: "1", acount_id: "2" } })
    // @ts-expect-error a missing path
    const missing = () => Endpoint.call(endpoint)
    const right = () => Endpoint.call(endpoint, { path: { id: "1", account_id: "2" } })
    expect([wrong, missing, right].every((f) => typeof f === "function")).toBe(true)
  })

  it("declaredIn finds every declaration of a module by its function's name", () => {
    const declared = Endpoint.declaredIn(Accounts)
    expect(declared["followers"]?.path).toBe("/api/v1/accounts/:id/followers")
    expect(Object.keys(declared)).toContain("lookup")
    expect(Object.keys(declared)).not.toContain("CredentialsBody")
  })
})

describe("Argument", () => {
  it.effect("positions, durations and dates convert as users expect", () =>
    Effect.gen(function*() {
      const position = Argument.validate(Argument.Position, "max_id")
      expect(yield* position("123")).toBe("123")
      expect(yield* position(new Date(0))).toBe("0")
      const seconds = Argument.validate(Argument.DurationSeconds, "duration")
      expect(yield* seconds("1 day")).toBe(86400)
      expect(yield* seconds(90)).toBe(90)
      const refused = yield* Effect.flip(seconds("1500 millis"))
      expect(refused).toMatchObject({ _tag: "InvalidArgument", argument: "duration" })
      expect(yield* Argument.validate(Argument.IsoDate, "date_of_birth")(new Date("2000-02-03T10:00:00Z"))).toBe("2000-02-03")
    }))

  it.effect("a mute for \"1 day\" is sent as 86400 seconds", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: { id: "1", following: false } }))
      yield* Effect.provide(Accounts.mute(aid("1"), { duration: "1 day" }), layer).pipe(Effect.ignore)
      const [sent] = yield* requests
      expect(new URLSearchParams(sent?.text).get("duration")).toBe("86400")
    }))

  it.effect("a refused argument names the parameter as Rails reads it and sends nothing", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      const error = yield* Effect.flip(Effect.provide(Accounts.relationships([aid("1"), aid("")]), layer))
      expect(error).toMatchObject({ _tag: "InvalidArgument", argument: "id[1]" })
      expect(yield* requests).toHaveLength(0)
    }))
})

describe("the pipeline", () => {
  it.effect("transformClient adds a stage that sees complete requests", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const { layer } = yield* mockClient(() => ({ json: account("1") }), {
        transformClient: HttpClient.tapRequest((request) => Effect.sync(() => seen.push(`${request.method} ${request.url}`)))
      })
      yield* Effect.provide(Accounts.get(aid("1")), layer)
      expect(seen).toEqual(["GET https://mastodon.example/api/v1/accounts/1"])
    }))

  it.effect("an error's URL keeps its query, secrets masked", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }))
      const error = yield* Effect.flip(Effect.provide(Accounts.lookup("nobody@example.org"), layer))
      expect(error._tag).toBe("NotFound")
      if (error._tag === "NotFound") expect(error.url).toContain("acct=nobody%40example.org")
    }))

  it.effect("a token echoed in an error body is not repeated in the error", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 500, body: "<html>token test-token is broken</html>" }))
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error.message).not.toContain("test-token")
      expect(error.isRetryable).toBe(true)
    }))

  it.effect("a redirect is never followed: a typed error names where it pointed", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ status: 302, headers: { location: "https://elsewhere.example/x" } }))
      const error = yield* Effect.flip(Effect.provide(Accounts.follow(aid("1")), layer))
      expect(error).toMatchObject({ _tag: "UnexpectedStatus", status: 302, location: "https://elsewhere.example/x" })
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("a body over maxBodyBytes is a ResponseTooLarge, declared or streamed", () =>
    Effect.gen(function*() {
      const big = JSON.stringify({ ...account("1"), note: "x".repeat(5000) })
      const { layer } = yield* mockClient(() => ({ body: big, headers: { "content-type": "application/json" } }), { maxBodyBytes: 1000 })
      const error = yield* Effect.flip(Effect.provide(Accounts.get(aid("1")), layer))
      expect(error).toMatchObject({ _tag: "ResponseTooLarge", max_bytes: 1000 })
    }))

  // Live clock: the retry sleeps for real, one second as the server asked.
  it.live("Retry-After is honoured as the retry's delay (within the cap)", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      const { layer: http } = yield* mockHttp((_request, index, now) => {
        times.push(now)
        return index === 0 ? { status: 503, headers: { "retry-after": "1" }, body: "busy" } : { json: account("1") }
      })
      const layer = MastodonClient.layer({ url: "https://mastodon.example", retry: { times: 1, base: "1 millis" } }).pipe(Layer.provide(http))
      const result = yield* Effect.provide(Accounts.get(aid("1")), layer).pipe(Effect.orDie)
      expect(result.id).toBe("1")
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950)
    }))

  it.effect("a bare domain gets https://; credentials in the URL are refused without repeating them", () =>
    Effect.gen(function*() {
      const url = yield* MastodonClient.parseBaseUrl("mastodon.social")
      expect(url.href).toBe("https://mastodon.social/")
      const error = yield* Effect.flip(MastodonClient.parseBaseUrl("http://user:hunter2@host.example"))
      expect(error.message).not.toContain("hunter2")
    }))

  it.effect("layerConfig reads every option through Config, with any prefix", () =>
    Effect.gen(function*() {
      const options = yield* MastodonClient.config("SOCIAL").pipe(
        Effect.withConfigProvider(
          ConfigProvider.fromJson({ SOCIAL_URL: "https://a.example", SOCIAL_TIMEOUT: "5 seconds", SOCIAL_RETRIES: "0", SOCIAL_RATE_LIMIT: "pace" })
        )
      )
      expect(options).toMatchObject({ url: "https://a.example", retry: false, rateLimit: "pace" })
      expect(options.accessToken).toBeUndefined()
    }))

  it("every error of the family carries the type id and retry facts", () => {
    const errors = [
      new MastodonError.Timeout({ method: "GET", url: "u", timeout_ms: 1 }),
      new MastodonError.InvalidArgument({ argument: "a", reason: "b" }),
      new MastodonError.RateLimited({ method: "GET", url: "u", status: 429, retry_after_ms: 3000 })
    ]
    expect(errors.every(MastodonError.isMastodonError)).toBe(true)
    expect(errors.map((e) => e.isRetryable)).toEqual([true, false, true])
    expect(errors[2]?.retryAfterMillis).toBe(3000)
    expect(MastodonError.isMastodonError({ _tag: "Timeout" })).toBe(false)
  })
})

describe("VersionPolicy", () => {
  it("a pre-release counts as its release; api_versions raises a fork's reported version", () => {
    const nightly = ServerVersion.parse("4.6.0-nightly.2026-04-09")!
    expect(ServerVersion.atLeast(nightly, "4.6.0")).toBe(true)
    expect(ServerVersion.atLeast(ServerVersion.parse("4.6.0-rc.1")!, "4.6.0")).toBe(true)
    expect(ServerVersion.atLeast(nightly, "4.7.0")).toBe(false)
    const fork = ServerVersion.parse("0.0.0 (compatible; SomeFork 1.0)", 2)!
    expect(ServerVersion.atLeast(fork, "4.3.0")).toBe(true)
  })

  it.effect("under created, a 4.6.0 nightly is allowed a 4.6.0 endpoint", () =>
    Effect.gen(function*() {
      const endpoint = Endpoint.make({
        name: "test.new",
        method: "GET",
        path: "/api/v1/new",
        response: Account.Account,
        auth: "user",
        versions: { added: "4.6.0" }
      })
      const { layer, requests } = yield* mockClient(
        (request) => request.url.pathname === "/api/v2/instance" ? { json: { version: "4.6.0-nightly.2026-04-09" } } : { json: account("1") },
        { versionCheck: "created" }
      )
      yield* Effect.provide(Endpoint.call(endpoint), layer)
      expect((yield* requests).map((r) => r.url.pathname)).toEqual(["/api/v2/instance", "/api/v1/new"])
    }))
})

describe("what Mastodon.py users expect", () => {
  it.effect("a Deprecation header is logged once per endpoint", () =>
    Effect.gen(function*() {
      const logged: Array<string> = []
      const logger = Logger.make(({ message }) => {
        logged.push(String(Array.isArray(message) ? message[0] : message))
      })
      const { layer } = yield* mockClient(() => ({ json: [], headers: { deprecation: "@1700000000", sunset: "Wed, 01 Jan 2031 00:00:00 GMT" } }))
      const twice = Effect.zipRight(Instance.peers(), Instance.peers())
      yield* twice.pipe(Effect.provide(layer), Effect.provide(Logger.replace(Logger.defaultLogger, logger)))
      expect(logged.filter((m) => m.includes("/api/v1/instance/peers is deprecated"))).toHaveLength(1)
      expect(logged[0]).toContain("sunset")
    }))

  it.effect("Instance.newest falls back to v1 on a server without v2", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname === "/api/v2/instance"
          ? { status: 404, json: { error: "Not found" } }
          : { json: { uri: "old.example", title: "Old", short_description: "", description: "", email: "", version: "3.5.3", urls: {}, stats: { user_count: 1, status_count: 1, domain_count: 1 }, thumbnail: null, languages: [], registrations: false, approval_required: false, invites_enabled: false, configuration: {}, contact_account: null, rules: [] } }
      )
      const result = yield* Effect.provide(Instance.newest(), layer)
      expect((yield* requests).map((r) => r.url.pathname)).toEqual(["/api/v2/instance", "/api/v1/instance"])
      expect(result.api).toBe("v1")
      expect(result.instance.title).toBe("Old")
    }))

  it.effect("followByUri on a server without /api/v1/follows resolves the address and follows it", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) => {
        if (request.url.pathname === "/api/v1/follows") return { status: 404, json: { error: "Record not found" } }
        if (request.url.pathname === "/api/v1/accounts/search") return { json: [account("7", "remote")] }
        return { json: relationship("7") }
      })
      const followed = yield* Effect.provide(Accounts.followByUri("remote@far.example"), layer)
      expect(followed.id).toBe("7")
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "POST /api/v1/follows",
        "GET /api/v1/accounts/search",
        "POST /api/v1/accounts/7/follow"
      ])
      expect(sent[1]?.url.searchParams.get("resolve")).toBe("true")
    }))

  it.effect("the password grant is refused before sending when the server does not offer it", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: {
          issuer: "https://mastodon.example/",
          authorization_endpoint: "https://mastodon.example/oauth/authorize",
          token_endpoint: "https://mastodon.example/oauth/token",
          grant_types_supported: ["authorization_code", "client_credentials"]
        }
      }))
      const error = yield* Effect.flip(
        Auth.logInWithPassword({ client_id: "c", client_secret: "s", username: "a@b.example", password: "pw", scopes: "read" }).pipe(
          Effect.provide(layer)
        )
      )
      expect(error).toMatchObject({ _tag: "InvalidArgument", argument: "grant_type" })
      expect((yield* requests).map((r) => r.url.pathname)).toEqual(["/.well-known/oauth-authorization-server"])
    }))
})

describe("Retry-After on a 429", () => {
  // Live clock: the wait is real, one second as the proxy asked.
  it.live("a 429 with only Retry-After (a proxy's) waits that long, not the 30 s fallback", () =>
    Effect.gen(function*() {
      const times: Array<number> = []
      const { layer: http } = yield* mockHttp((_request, index, now) => {
        times.push(now)
        return index === 0 ? { status: 429, headers: { "retry-after": "1" }, body: "slow down" } : { json: account("1") }
      })
      const layer = MastodonClient.layer({ url: "https://mastodon.example", retry: false }).pipe(Layer.provide(http))
      const result = yield* Effect.provide(Accounts.get(aid("1")), layer).pipe(Effect.orDie)
      expect(result.id).toBe("1")
      const waited = times[1]! - times[0]!
      expect(waited).toBeGreaterThanOrEqual(950)
      expect(waited).toBeLessThan(10_000)
    }))
})
