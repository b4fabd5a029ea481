import { describe, expect, it } from "@effect/vitest"
import * as Profile from "@mastodon-effect/http/Profile"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Effect from "effect/Effect"
import { credentialAccount, profile } from "./fixtures/auth.js"
import { mockClient } from "./utils/mockHttp.js"

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])

describe("Profile.get", () => {
  it.effect("GETs /api/v1/profile with the user token and decodes the raw Profile", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: profile({
          featured_tags: [{
            id: "1",
            name: "otters",
            url: "https://mastodon.example/@otter/tagged/otters",
            statuses_count: "3",
            last_status_at: null
          }]
        })
      }))
      const p = yield* Effect.provide(Profile.get(), layer)
      expect(p.id).toBe("7")
      expect(p.note).toBe("I float on my back")
      expect(p.fields[0]?.value).toBe("they/them")
      expect(p.avatar).toBeNull()
      expect(p.hide_collections).toBeNull()
      expect(p.attribution_domains).toEqual(["otter.example"])
      expect(p.featured_tags?.[0]?.name).toBe("otters")
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/profile")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("an invalid token is Unauthorized; a body missing a field is a DecodeError", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, i) =>
        i === 0
          ? { status: 401, json: { error: "The access token is invalid" } }
          : { json: { ...profile(), show_featured: undefined } }
      )
      const unauthorized = yield* Effect.flip(Effect.provide(Profile.get(), layer))
      expect(unauthorized._tag).toBe("Unauthorized")
      const decode = yield* Effect.flip(Effect.provide(Profile.get(), layer))
      expect(decode._tag).toBe("DecodeError")
      if (decode._tag === "DecodeError") expect(decode.path).toBe("show_featured")
    }))
})

describe("Profile.update", () => {
  it.effect("sends a PATCH form Rails-style, leaving unset options out", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: profile({ display_name: "Sea Otter" }) }))
      const p = yield* Effect.provide(
        Profile.update({
          display_name: "Sea Otter",
          locked: true,
          show_media_replies: false,
          attribution_domains: ["a.example", "b.example"],
          fields_attributes: [{ name: "pronouns", value: "they/them" }, { name: "site", value: "https://otter.example" }]
        }),
        layer
      )
      expect(p.display_name).toBe("Sea Otter")
      const [sent] = yield* requests
      expect(sent?.method).toBe("PATCH")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/profile")
      expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(Array.from(new URLSearchParams(sent?.text).entries())).toEqual([
        ["display_name", "Sea Otter"],
        ["locked", "true"],
        ["show_media_replies", "false"],
        ["attribution_domains[]", "a.example"],
        ["attribution_domains[]", "b.example"],
        ["fields_attributes[0][name]", "pronouns"],
        ["fields_attributes[0][value]", "they/them"],
        ["fields_attributes[1][name]", "site"],
        ["fields_attributes[1][value]", "https://otter.example"]
      ])
    }))

  it.effect("empty lists clear the domains and the fields", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: profile({ fields: [], attribution_domains: [] }) }))
      yield* Effect.provide(Profile.update({ attribution_domains: [], fields_attributes: [] }), layer)
      const [sent] = yield* requests
      expect(Array.from(new URLSearchParams(sent?.text).entries())).toEqual([
        ["attribution_domains[]", ""],
        ["fields_attributes[0][name]", ""],
        ["fields_attributes[0][value]", ""]
      ])
    }))

  it.effect("goes multipart when an image is given, with the other fields alongside", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: profile() }))
      const avatar = yield* Upload.fromBytes(png, { argument: "avatar", filename: "me.png" })
      const header = yield* Upload.fromBytes(jpeg, { argument: "header" })
      yield* Effect.provide(Profile.update({ avatar, avatar_description: "A red panda", header, bot: true }), layer)
      const [sent] = yield* requests
      expect(sent?.method).toBe("PATCH")
      expect(sent?.headers["content-type"]).toBeUndefined() // set by FormData with its boundary
      expect(sent?.form).toEqual([
        ["avatar_description", "A red panda"],
        ["bot", "true"],
        ["avatar", { filename: "me.png", type: "image/png", size: png.byteLength }],
        ["header", { filename: "header.jpg", type: "image/jpeg", size: jpeg.byteLength }]
      ])
    }))

  it.effect("more than 10 attribution domains is refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: profile() }))
      const domains = Array.from({ length: 11 }, (_, i) => `d${i}.example`)
      const error = yield* Effect.flip(Effect.provide(Profile.update({ attribution_domains: domains }), layer))
      expect(error._tag).toBe("InvalidArgument")
      expect(error.message).toContain("attribution_domains")
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("a refused value is UnprocessableEntity", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        status: 422,
        json: { error: "Validation failed: Display name is too long (maximum is 30 characters)" }
      }))
      const error = yield* Effect.flip(Effect.provide(Profile.update({ display_name: "x".repeat(31) }), layer))
      expect(error._tag).toBe("UnprocessableEntity")
      expect(error.message).toContain("Display name is too long")
    }))
})

describe("Profile.deleteAvatar / deleteHeader", () => {
  it.effect("DELETE the image and decode the CredentialAccount", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: credentialAccount("7") }))
      const a = yield* Effect.provide(Profile.deleteAvatar(), layer)
      const h = yield* Effect.provide(Profile.deleteHeader(), layer)
      expect(a.id).toBe("7")
      expect(a.source.privacy).toBe("public")
      expect(h.role?.id).toBe("-99")
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "DELETE /api/v1/profile/avatar",
        "DELETE /api/v1/profile/header"
      ])
      expect(sent.every((r) => r.headers["authorization"] === "Bearer test-token" && r.text === undefined)).toBe(true)
    }))

  it.effect("an invalid token is Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      expect((yield* Effect.flip(Effect.provide(Profile.deleteHeader(), layer)))._tag).toBe("Unauthorized")
    }))
})
