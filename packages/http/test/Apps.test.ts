import { describe, expect, it } from "@effect/vitest"
import * as Apps from "@mastodon-effect/http/Apps"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { application, CLIENT_ID, CLIENT_SECRET, credentialApplication } from "./fixtures/auth.js"
import { mockClient } from "./utils/mockHttp.js"

const form = (text: string | undefined) => Array.from(new URLSearchParams(text ?? "").entries())

describe("Apps.register", () => {
  it.effect("posts the form anonymously and decodes the credentials with the secret redacted", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: credentialApplication() }))
      const app = yield* Effect.provide(
        Apps.register({
          client_name: "Otter Client",
          redirect_uris: ["https://otter.example/callback", "https://otter.example/register"],
          scopes: ["read", "write", "push", "read"],
          website: "https://otter.example"
        }),
        layer
      )
      expect(app.id).toBe("563419")
      expect(app.client_id).toBe(CLIENT_ID)
      expect(Redacted.isRedacted(app.client_secret)).toBe(true)
      expect(Redacted.value(app.client_secret)).toBe(CLIENT_SECRET)
      expect(app.client_secret_expires_at).toBe(0)
      expect(app.redirect_uris).toEqual(["https://otter.example/callback"])
      // Printing or serializing the result does not reveal the secret.
      expect(String(app.client_secret)).toBe("<redacted>")
      expect(JSON.stringify(app)).not.toContain(CLIENT_SECRET)

      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/apps")
      expect(sent?.headers["authorization"]).toBeUndefined()
      expect(form(sent?.text)).toEqual([
        ["client_name", "Otter Client"],
        // Several URIs go newline-separated, which every Mastodon version reads.
        ["redirect_uris", "https://otter.example/callback\nhttps://otter.example/register"],
        ["scopes", "read write push"],
        ["website", "https://otter.example"]
      ])
    }))

  it.effect("leaves scopes and website out when unset", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: credentialApplication() }))
      yield* Effect.provide(Apps.register({ client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob" }), layer)
      const [sent] = yield* requests
      expect(form(sent?.text)).toEqual([["client_name", "x"], ["redirect_uris", "urn:ietf:wg:oauth:2.0:oob"]])
    }))

  it.effect("a 422 is UnprocessableEntity with the server's reason", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        status: 422,
        json: { error: "Validation failed: Redirect URI must be an absolute URI." }
      }))
      const error = yield* Effect.flip(Effect.provide(Apps.register({ client_name: "x", redirect_uris: "/relative" }), layer))
      expect(error._tag).toBe("UnprocessableEntity")
      if (error._tag !== "UnprocessableEntity") return
      expect(error.status).toBe(422)
      expect(error.error).toBe("Validation failed: Redirect URI must be an absolute URI.")
    }))

  it.effect("a response without client_id is a DecodeError that does not leak the secret", () =>
    Effect.gen(function*() {
      const { client_id: _, ...withoutId } = credentialApplication()
      const { layer } = yield* mockClient(() => ({ json: withoutId }))
      const error = yield* Effect.flip(
        Effect.provide(Apps.register({ client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob" }), layer)
      )
      expect(error._tag).toBe("DecodeError")
      if (error._tag !== "DecodeError") return
      expect(error.path).toBe("client_id")
      expect(error.message).toContain("client_id")
      expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET)
      expect(error.message).not.toContain(CLIENT_SECRET)
    }))

  it.effect("an empty name or no redirect URI is refused before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: credentialApplication() }))
      const noName = yield* Effect.flip(Effect.provide(Apps.register({ client_name: " ", redirect_uris: "urn:x" }), layer))
      expect(noName._tag).toBe("InvalidArgument")
      const noUri = yield* Effect.flip(Effect.provide(Apps.register({ client_name: "x", redirect_uris: [] }), layer))
      expect(noUri._tag).toBe("InvalidArgument")
      expect(noUri.message).toContain("redirect_uris")
      expect(yield* requests).toHaveLength(0)
    }))
})

describe("Apps.verifyCredentials", () => {
  it.effect("sends the client's token and decodes the Application", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: application() }))
      const app = yield* Effect.provide(Apps.verifyCredentials(), layer)
      expect(app.name).toBe("Otter Client")
      expect(app.scopes).toEqual(["read", "write", "push"])
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/apps/verify_credentials")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("an invalid token is Unauthorized", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 401, json: { error: "The access token is invalid" } }))
      const error = yield* Effect.flip(Effect.provide(Apps.verifyCredentials(), layer))
      expect(error._tag).toBe("Unauthorized")
      expect(error.message).toContain("The access token is invalid")
    }))
})
