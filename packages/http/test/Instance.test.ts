import { describe, expect, it } from "@effect/vitest"
import * as Extra from "@mastodon-effect/core/Extra"
import * as Instance from "@mastodon-effect/http/Instance"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { instanceV1Full, instanceV1Pleroma, instanceV2Fork, instanceV2Full } from "./fixtures/instance.js"
import { mockClient } from "./utils/mockHttp.js"

describe("Instance.get (v2)", () => {
  it.effect("GETs /api/v2/instance and decodes a full Mastodon answer", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: instanceV2Full }))
      const instance = yield* Effect.provide(Instance.get(), layer)
      expect(instance.domain).toBe("mastodon.example")
      expect(instance.version).toBe("4.4.1")
      expect(instance.api_versions?.mastodon).toBe(6)
      expect(instance.usage?.users.active_month).toBe(1234)
      expect(instance.configuration?.statuses?.max_characters).toBe(500)
      expect(instance.configuration?.accounts?.max_featured_tags).toBe(10)
      expect(instance.configuration?.urls?.terms_of_service).toBeNull()
      expect(instance.registrations).toMatchObject({ enabled: true, approval_required: true, min_age: 16 })
      expect(instance.contact?.account?.username).toBe("admin")
      expect(instance.rules?.map((r) => r.text)).toEqual(["Be kind", "Mark sensitive media"])
      expect(instance.icon?.[1]?.size).toBe("192x192")
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v2/instance")
      expect(Instance.v2).toBe(Instance.get)
    }))

  it.effect("decodes a fork's much shorter answer and keeps its own fields reachable", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: instanceV2Fork }))
      const instance = yield* Effect.provide(Instance.get(), layer)
      expect(instance.version).toBe("0.17.3+git-6e2e4f3")
      expect(instance.usage).toBeUndefined()
      expect(instance.api_versions).toBeUndefined()
      expect(instance.contact?.account).toBeNull()
      expect(instance.configuration?.statuses?.max_characters).toBe(5000)
      expect(instance.configuration?.polls).toBeUndefined()
      expect(Extra.field(instance, "account_domain")).toEqual(Option.some("gts.example"))
    }))

  it.effect("works without a token, and a missing required field is a DecodeError with its path", () =>
    Effect.gen(function*() {
      const { domain: _, ...noDomain } = instanceV2Fork
      const { layer, requests } = yield* mockClient(
        (_, index) => index === 0 ? { json: instanceV2Full } : { json: noDomain },
        { accessToken: undefined }
      )
      yield* Effect.provide(Instance.get(), layer)
      const error = yield* Effect.flip(Effect.provide(Instance.get(), layer))
      expect(error).toMatchObject({ _tag: "DecodeError", path: "domain" })
      const [sent] = yield* requests
      expect(sent?.headers["authorization"]).toBeUndefined()
    }))

  it.effect("maps 404 from a server without v2 to NotFound", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, json: { error: "Not Found" } }))
      const error = yield* Effect.flip(Effect.provide(Instance.get(), layer))
      expect(error._tag).toBe("NotFound")
    }))
})

describe("Instance.v1", () => {
  it.effect("GETs /api/v1/instance and decodes a Mastodon 3.5 answer", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: instanceV1Full }))
      const instance = yield* Effect.provide(Instance.v1(), layer)
      expect(instance.uri).toBe("mastodon.example")
      expect(instance.stats?.user_count).toBe(812)
      expect(instance.invites_enabled).toBe(true)
      expect(instance.configuration?.media_attachments?.image_size_limit).toBe(10485760)
      expect(instance.contact_account?.username).toBe("Gargron")
      const [sent] = yield* requests
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/instance")
      expect(Instance.v1Endpoint.deprecated).toBe(true)
      expect(Instance.v1Endpoint.versions).toEqual({ added: "1.1.0", changed: "4.0.0" })
    }))

  it.effect("decodes Pleroma's answer: null e-mail, no rules or contact, extra blocks kept", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: instanceV1Pleroma }))
      const instance = yield* Effect.provide(Instance.v1(), layer)
      expect(instance.version).toBe("2.7.2 (compatible; Pleroma 2.5.0)")
      expect(instance.email).toBeNull()
      expect(instance.rules).toBeUndefined()
      expect(instance.contact_account).toBeUndefined()
      expect(Extra.field(instance, "max_toot_chars")).toEqual(Option.some(5000))
    }))

  it.effect("maps 401 (server limited to users) to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "This API requires an authenticated user" } }))
      const error = yield* Effect.flip(Effect.provide(Instance.v1(), layer))
      expect(error).toMatchObject({ _tag: "Unauthorized", error: "This API requires an authenticated user" })
    }))
})

describe("Instance sub-resources", () => {
  it.effect("peers GETs /api/v1/instance/peers as strings, and maps 401 in whitelist mode", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) =>
        index === 0
          ? { json: ["tilde.zone", "mspsocial.net", "conf.tube"] }
          : { status: 401, json: { error: "This API requires an authenticated user" } }
      )
      expect(yield* Effect.provide(Instance.peers(), layer)).toEqual(["tilde.zone", "mspsocial.net", "conf.tube"])
      const error = yield* Effect.flip(Effect.provide(Instance.peers(), layer))
      expect(error._tag).toBe("Unauthorized")
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/instance/peers")
    }))

  it.effect("activity GETs /api/v1/instance/activity and keeps the counts as strings", () =>
    Effect.gen(function*() {
      const week = { week: "1574640000", statuses: "37125", logins: "14239", registrations: "542" }
      const { layer, requests } = yield* mockClient(() => ({ json: [week] }))
      const activity = yield* Effect.provide(Instance.activity(), layer)
      expect(activity).toEqual([week])
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/instance/activity")
    }))

  it.effect("rules GETs /api/v1/instance/rules, with and without hints and translations", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [
          { id: "1", text: "Sexually explicit or violent media must be marked as sensitive when posting" },
          {
            id: "2",
            text: "No racism",
            hint: "Including dog whistles",
            translations: { de: { text: "Kein Rassismus", hint: "" } }
          }
        ]
      }))
      const rules = yield* Effect.provide(Instance.rules(), layer)
      expect(rules[0]?.hint).toBeUndefined()
      expect(rules[1]?.translations?.["de"]?.text).toBe("Kein Rassismus")
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/instance/rules")
    }))

  it.effect("domainBlocks decodes blocks (unknown severities too) and maps the hidden list's 404", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) =>
        index === 0
          ? {
            json: [
              {
                domain: "birb.elfenban.de",
                digest: "5d2c6e02a0cced8fb05f32626437e3d23096480b47efbba659b6d9e80c85d280",
                severity: "suspend",
                comment: "Third-party bots"
              },
              { domain: "b*d.example", digest: "ce019d8d32cce8e369ac4367f4dc2321", severity: "silence" },
              { domain: "new.example", digest: "00", severity: "noop", comment: null }
            ]
          }
          // The documented 404 has an empty body.
          : { status: 404, body: "" }
      )
      const blocks = yield* Effect.provide(Instance.domainBlocks(), layer)
      expect(blocks.map((b) => b.severity)).toEqual(["suspend", "silence", "noop"])
      expect(blocks[1]?.comment).toBeUndefined()
      const error = yield* Effect.flip(Effect.provide(Instance.domainBlocks(), layer))
      expect(error).toMatchObject({ _tag: "NotFound", status: 404 })
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/instance/domain_blocks")
    }))

  it.effect("extendedDescription and privacyPolicy decode their timestamps", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname.endsWith("extended_description")
          ? { json: { updated_at: "2022-11-03T04:09:07Z", content: "<p>About us</p>" } }
          : { json: { updated_at: "2022-10-07T00:00:00+00:00", content: "<p>Privacy</p>" } }
      )
      const about = yield* Effect.provide(Instance.extendedDescription(), layer)
      expect(about.updated_at && DateTime.formatIso(about.updated_at)).toBe("2022-11-03T04:09:07.000Z")
      expect(about.content).toBe("<p>About us</p>")
      const privacy = yield* Effect.provide(Instance.privacyPolicy(), layer)
      expect(DateTime.formatIso(privacy.updated_at)).toBe("2022-10-07T00:00:00.000Z")
      const [first, second] = yield* requests
      expect(first?.url.pathname).toBe("/api/v1/instance/extended_description")
      expect(second?.url.pathname).toBe("/api/v1/instance/privacy_policy")
    }))

  it.effect("extendedDescription decodes a server where none was ever set (updated_at null)", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ json: { updated_at: null, content: "" } }))
      const about = yield* Effect.provide(Instance.extendedDescription(), layer)
      expect(about).toEqual({ updated_at: null, content: "" })
    }))

  it.effect("termsOfService fetches the current or a dated version, and maps 404 when none is set", () =>
    Effect.gen(function*() {
      const tos = { effective_date: "2025-04-15", effective: true, content: "<p>Terms</p>", succeeded_by: "2025-06-01" }
      const { layer, requests } = yield* mockClient((_, index) =>
        index < 2 ? { json: tos } : { status: 404, json: { error: "Record not found" } }
      )
      const current = yield* Effect.provide(Instance.termsOfService(), layer)
      expect(current.succeeded_by).toBe("2025-06-01")
      yield* Effect.provide(Instance.termsOfService("2025-04-15"), layer)
      const error = yield* Effect.flip(Effect.provide(Instance.termsOfService(), layer))
      expect(error._tag).toBe("NotFound")
      const [first, second] = yield* requests
      expect(first?.url.pathname).toBe("/api/v1/instance/terms_of_service")
      expect(second?.url.pathname).toBe("/api/v1/instance/terms_of_service/2025-04-15")
    }))

  it.effect("termsOfService refuses a date that is not YYYY-MM-DD before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const error = yield* Effect.flip(Effect.provide(Instance.termsOfService("15/04/2025"), layer))
      expect(error).toMatchObject({ _tag: "InvalidArgument", argument: "date" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("translationLanguages decodes the source → targets map", () =>
    Effect.gen(function*() {
      const pairs = { en: ["de", "es"], und: ["en-GB", "de", "es"] }
      const { layer, requests } = yield* mockClient(() => ({ json: pairs }))
      expect(yield* Effect.provide(Instance.translationLanguages(), layer)).toEqual(pairs)
      const [sent] = yield* requests
      expect(sent?.url.pathname).toBe("/api/v1/instance/translation_languages")
    }))
})
