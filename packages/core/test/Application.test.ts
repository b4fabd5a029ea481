import { describe, expect, it } from "@effect/vitest"
import * as Application from "@mastodon-effect/core/Application"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Application.js"

const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Application", () => {
  it("decodes and round-trips a full verify_credentials response", () => {
    const app = Schema.decodeUnknownSync(Application.Application)(Fx.full)
    expect(app.id).toBe("12348")
    expect(app.scopes).toEqual(["read", "write", "push"])
    expect(app.redirect_uris).toHaveLength(2)
    expect(roundTrip(Application.Application, Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes the application embedded in a status and an old verify_credentials", () => {
    expect(Schema.decodeUnknownSync(Application.Application)(Fx.embedded)).toEqual({ name: "Web", website: null })
    const old = Schema.decodeUnknownSync(Application.Application)(Fx.mastodon3)
    expect(old.id).toBeUndefined()
    expect(old.vapid_key).toBe("BKx0=")
    expect(roundTrip(Application.Application, Fx.mastodon3)).toStrictEqual(Fx.mastodon3)
  })

  it("fails on scopes sent as a string and names the path", () => {
    expect(failure(Schema.decodeUnknownEither(Application.Application)(Fx.badScopes))).toContain('["scopes"]')
  })

  it("fails without a name", () => {
    expect(failure(Schema.decodeUnknownEither(Application.Application)({ website: null }))).toContain('["name"]')
  })
})

describe("CredentialApplication", () => {
  const decode = Schema.decodeUnknownEither(Application.CredentialApplication)

  it("decodes and round-trips a Mastodon 4.5 registration", () => {
    const app = Schema.decodeUnknownSync(Application.CredentialApplication)(Fx.credential)
    expect(app.client_id).toBe("TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM")
    expect(app.client_secret_expires_at).toBe(0)
    expect(roundTrip(Application.CredentialApplication, Fx.credential)).toStrictEqual(Fx.credential)
  })

  it("decodes an old registration (redirect_uri and vapid_key only)", () => {
    const app = Schema.decodeUnknownSync(Application.CredentialApplication)(Fx.credentialOld)
    expect(app.redirect_uris).toBeUndefined()
    expect(app.redirect_uri).toBe("urn:ietf:wg:oauth:2.0:oob")
    expect(roundTrip(Application.CredentialApplication, Fx.credentialOld)).toStrictEqual(Fx.credentialOld)
  })

  it("drops unknown fields", () => {
    expect(roundTrip(Application.CredentialApplication, Fx.extra)).toStrictEqual(Fx.credential)
  })

  it("fails without client_secret and names it", () => {
    const message = failure(decode(Fx.missingSecret))
    expect(message).toContain('["client_secret"]')
    expect(message).toContain("is missing")
  })

  it("requires the id on registration", () => {
    const { id: _id, ...noId } = Fx.credential
    expect(failure(decode(noId))).toContain('["id"]')
  })
})
