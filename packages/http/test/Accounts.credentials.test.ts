import { describe, expect, it } from "@effect/vitest"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Upload from "@mastodon-effect/http/Upload"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import {
  credentialAccount,
  exchange,
  failure,
  form,
  registrationRefused,
  sentOnce,
  success,
  token
} from "./fixtures/accountEndpoints.js"

/** A PNG signature plus an IHDR start: enough for type detection, 24 bytes in all. */
const pngBytes = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01
])
const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])

const signUp = {
  username: "alice",
  email: "alice@example.com",
  password: "correct horse battery staple",
  agreement: true,
  locale: "en"
} as const

describe("Accounts.register", () => {
  it.effect("POSTs the sign-up form with the app token given, and decodes the Token", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.register({ ...signUp, reason: "I like Effect", appToken: Redacted.make("app-token") }),
        { json: token }
      )
      const issued = success(result)
      expect(Redacted.value(issued.access_token)).toBe(token.access_token)
      expect(issued.scope).toBe("read write follow push")
      const sent = sentOnce(requests)
      expect(sent.method).toBe("POST")
      expect(sent.url.toString()).toBe("https://mastodon.example/api/v1/accounts")
      expect(sent.headers["authorization"]).toBe("Bearer app-token")
      expect(sent.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect([...form(sent).entries()]).toEqual([
        ["username", "alice"],
        ["email", "alice@example.com"],
        ["password", "correct horse battery staple"],
        ["agreement", "true"],
        ["locale", "en"],
        ["reason", "I like Effect"]
      ])
      expect(form(sent).has("appToken")).toBe(false)
    }))

  it.effect("without appToken uses the client's token; date_of_birth is sent as YYYY-MM-DD", () =>
    Effect.gen(function*() {
      const zoned = DateTime.unsafeMakeZoned(new Date("2000-01-31T23:30:00Z"), { timeZone: "Europe/Paris" })
      const { requests } = yield* exchange(Accounts.register({ ...signUp, date_of_birth: zoned }), { json: token })
      const sent = sentOnce(requests)
      expect(sent.headers["authorization"]).toBe("Bearer test-token")
      // 23:30 UTC is already the next day in Paris: the local date is the one meant.
      expect(form(sent).get("date_of_birth")).toBe("2000-02-01")
      expect(form(sent).has("reason")).toBe(false)
      const plain = yield* exchange(Accounts.register({ ...signUp, date_of_birth: "1999-12-31" }), { json: token })
      expect(form(sentOnce(plain.requests)).get("date_of_birth")).toBe("1999-12-31")
    }))

  it.effect("a date_of_birth that is not YYYY-MM-DD is refused before sending", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(Accounts.register({ ...signUp, date_of_birth: "31/01/2000" }), {
        json: token
      })
      const e = failure(result)
      expect(e._tag).toBe("InvalidArgument")
      if (e._tag === "InvalidArgument") expect(e.argument).toBe("date_of_birth")
      expect(requests).toHaveLength(0)
    }))

  it.effect("a refused sign-up is UnprocessableEntity with typed details per parameter", () =>
    Effect.gen(function*() {
      const { result } = yield* exchange(Accounts.register({ ...signUp, agreement: false }), {
        status: 422,
        json: registrationRefused
      })
      const e = failure(result)
      expect(e._tag).toBe("UnprocessableEntity")
      if (e._tag !== "UnprocessableEntity") return
      expect(e.error).toBe(registrationRefused.error)
      expect(e.details?.["username"]?.[0]).toEqual({ error: "ERR_TAKEN", description: "has already been taken" })
      expect(e.codesFor("agreement")).toEqual(["ERR_ACCEPTED"])
      expect(e.codesFor("email")).toEqual([])
      expect(e.message).toContain("username: ERR_TAKEN")
      expect(e.message).not.toContain("correct horse")
    }))

  it.effect("a bad app token is Unauthorized, too many attempts RateLimited", () =>
    Effect.gen(function*() {
      const bad = yield* exchange(Accounts.register({ ...signUp, appToken: "revoked" }), {
        status: 401,
        json: { error: "The access token is invalid" }
      })
      expect(failure(bad.result)._tag).toBe("Unauthorized")
      const limited = yield* exchange(Accounts.register(signUp), { status: 429, json: { error: "Too many requests" } }, {
        rateLimit: "throw"
      })
      expect(failure(limited.result)._tag).toBe("RateLimited")
      expect(limited.requests).toHaveLength(1)
    }))
})

describe("Accounts.updateCredentials", () => {
  it.effect("PATCHes a form with every field Rails-style when no file is given", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.updateCredentials({
          display_name: "Alice",
          note: "hi",
          locked: true,
          bot: false,
          discoverable: true,
          hide_collections: false,
          indexable: true,
          attribution_domains: ["alice.example", "blog.example"],
          fields_attributes: [{ name: "Site", value: "https://alice.example" }, { name: "Pronouns", value: "she/her" }],
          source: { privacy: "private", sensitive: true, language: "de", quote_policy: "followers" }
        }),
        { json: credentialAccount("1") }
      )
      expect(success(result).source.note).toBe("hello")
      const sent = sentOnce(requests)
      expect(sent.method).toBe("PATCH")
      expect(sent.url.toString()).toBe("https://mastodon.example/api/v1/accounts/update_credentials")
      expect(sent.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect([...form(sent).entries()]).toEqual([
        ["display_name", "Alice"],
        ["note", "hi"],
        ["locked", "true"],
        ["bot", "false"],
        ["discoverable", "true"],
        ["hide_collections", "false"],
        ["indexable", "true"],
        ["attribution_domains[]", "alice.example"],
        ["attribution_domains[]", "blog.example"],
        ["fields_attributes[0][name]", "Site"],
        ["fields_attributes[0][value]", "https://alice.example"],
        ["fields_attributes[1][name]", "Pronouns"],
        ["fields_attributes[1][value]", "she/her"],
        ["source[privacy]", "private"],
        ["source[sensitive]", "true"],
        ["source[language]", "de"],
        ["source[quote_policy]", "followers"]
      ])
    }))

  it.effect("sends only what is set", () =>
    Effect.gen(function*() {
      const { requests } = yield* exchange(
        Accounts.updateCredentials({ source: { sensitive: false } }),
        { json: credentialAccount("1") }
      )
      expect([...form(sentOnce(requests)).entries()]).toEqual([["source[sensitive]", "false"]])
    }))

  it.effect("an empty fields_attributes clears the fields with one blank pair; an empty domain list is sent as []", () =>
    Effect.gen(function*() {
      const { requests } = yield* exchange(
        Accounts.updateCredentials({ fields_attributes: [], attribution_domains: [] }),
        { json: credentialAccount("1") }
      )
      expect([...form(sentOnce(requests)).entries()]).toEqual([
        ["attribution_domains[]", ""],
        ["fields_attributes[0][name]", ""],
        ["fields_attributes[0][value]", ""]
      ])
    }))

  it.effect("with an avatar and a header the body is multipart: files with name, type and size, fields as strings", () =>
    Effect.gen(function*() {
      const avatar = yield* Upload.fromBytes(pngBytes, { argument: "avatar" })
      const header = yield* Upload.fromBytes(jpegBytes, { filename: "banner.jpg" })
      const { requests, result } = yield* exchange(
        Accounts.updateCredentials({
          display_name: "Alice",
          bot: true,
          avatar,
          header,
          fields_attributes: [{ name: "Site", value: "https://alice.example" }],
          source: { privacy: "public" }
        }),
        { json: credentialAccount("1") }
      )
      expect(success(result).id).toBe("1")
      const sent = sentOnce(requests)
      expect(sent.method).toBe("PATCH")
      expect(sent.text).toBeUndefined()
      expect(sent.form).toEqual([
        ["display_name", "Alice"],
        ["bot", "true"],
        ["fields_attributes[0][name]", "Site"],
        ["fields_attributes[0][value]", "https://alice.example"],
        ["source[privacy]", "public"],
        ["avatar", { filename: "avatar.png", type: "image/png", size: pngBytes.byteLength }],
        ["header", { filename: "banner.jpg", type: "image/jpeg", size: jpegBytes.byteLength }]
      ])
    }))

  it.effect("more fields than maxProfileFields is refused before sending; without the option none are refused", () =>
    Effect.gen(function*() {
      const five = Array.from({ length: 5 }, (_, i) => ({ name: `k${i}`, value: `v${i}` }))
      const limited = yield* exchange(
        Accounts.updateCredentials({ fields_attributes: five }, { maxProfileFields: 4 }),
        { json: credentialAccount("1") }
      )
      const e = failure(limited.result)
      expect(e._tag).toBe("InvalidArgument")
      if (e._tag === "InvalidArgument") {
        expect(e.argument).toBe("fields_attributes")
        expect(e.reason).toContain("at most 4")
      }
      expect(limited.requests).toHaveLength(0)

      const atLimit = yield* exchange(
        Accounts.updateCredentials({ fields_attributes: five.slice(0, 4) }, { maxProfileFields: 4 }),
        { json: credentialAccount("1") }
      )
      expect(form(sentOnce(atLimit.requests)).get("fields_attributes[3][value]")).toBe("v3")

      const unlimited = yield* exchange(Accounts.updateCredentials({ fields_attributes: five }), {
        json: credentialAccount("1")
      })
      expect(form(sentOnce(unlimited.requests)).get("fields_attributes[4][name]")).toBe("k4")
    }))

  it.effect("a maxProfileFields that is not a whole number is refused", () =>
    Effect.gen(function*() {
      const { requests, result } = yield* exchange(
        Accounts.updateCredentials({ display_name: "x" }, { maxProfileFields: -1 }),
        { json: credentialAccount("1") }
      )
      const e = failure(result)
      expect(e._tag === "InvalidArgument" && e.argument).toBe("maxProfileFields")
      expect(requests).toHaveLength(0)
    }))

  it.effect("a refused update is UnprocessableEntity, a bad token Unauthorized", () =>
    Effect.gen(function*() {
      const refused = yield* exchange(Accounts.updateCredentials({ display_name: "x".repeat(100) }), {
        status: 422,
        json: { error: "Validation failed: Display name is too long (maximum is 30 characters)" }
      })
      const e = failure(refused.result)
      expect(e._tag).toBe("UnprocessableEntity")
      if (e._tag === "UnprocessableEntity") expect(e.error).toContain("Display name is too long")
      const bad = yield* exchange(Accounts.updateCredentials({}), { status: 401, json: { error: "The access token is invalid" } })
      expect(failure(bad.result)._tag).toBe("Unauthorized")
    }))
})
