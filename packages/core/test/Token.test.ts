import { describe, expect, it } from "@effect/vitest"
import * as Token from "@mastodon-effect/core/Token"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { inspect } from "node:util"
import * as Fx from "./fixtures/Token.js"

const decode = Schema.decodeUnknownEither(Token.Token)
const roundTrip = (input: unknown) => Schema.encodeSync(Token.Token)(Schema.decodeUnknownSync(Token.Token)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Token", () => {
  it("decodes the access token as Redacted and created_at as a DateTime", () => {
    const token = Schema.decodeUnknownSync(Token.Token)(Fx.full)
    expect(Redacted.isRedacted(token.access_token)).toBe(true)
    expect(Redacted.value(token.access_token)).toBe(Fx.full.access_token)
    expect(token.created_at && DateTime.toEpochMillis(token.created_at)).toBe(1573979017000)
    expect(token.scope).toBe("read write follow push")
  })

  it("never prints the token", () => {
    const token = Schema.decodeUnknownSync(Token.Token)(Fx.akkoma)
    for (const shown of [String(token.access_token), JSON.stringify(token), inspect(token, { depth: 5 })]) {
      expect(shown).not.toContain(Fx.akkoma.access_token)
      expect(shown).not.toContain(Fx.akkoma.refresh_token)
    }
    expect(JSON.stringify(token)).toContain("<redacted>")
  })

  it("encodes back to the plain strings and UNIX seconds", () => {
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes refresh_token and expires_in, and drops unknown fields", () => {
    const token = Schema.decodeUnknownSync(Token.Token)(Fx.akkoma)
    expect(token.refresh_token && Redacted.value(token.refresh_token)).toBe("akk-refresh-9876543210")
    expect(token.expires_in).toBe(3600)
    const { me: _me, id: _id, ...known } = Fx.akkoma
    expect(roundTrip(Fx.akkoma)).toStrictEqual(known)
  })

  it("decodes a token without created_at", () => {
    expect(Schema.decodeUnknownSync(Token.Token)(Fx.noCreatedAt).created_at).toBeUndefined()
  })

  it("fails on an ISO created_at and names the path", () => {
    const message = failure(decode(Fx.badCreatedAt))
    expect(message).toContain('["created_at"]')
    expect(message).toContain("Expected number")
  })

  it("fails without access_token, without echoing any token", () => {
    const message = failure(decode(Fx.missingAccessToken))
    expect(message).toContain('["access_token"]')
    expect(message).toContain("is missing")
  })

  it("does not echo the secret when another field is wrong", () => {
    const message = failure(decode({ ...Fx.full, token_type: 1 }))
    expect(message).toContain('["token_type"]')
    expect(message).not.toContain(Fx.full.access_token)
  })

  it.prop("decode(encode(a)) equals a", [Token.Token], ([token]) => {
    const encoded = Schema.encodeSync(Token.Token)(token)
    const decoded = Schema.decodeUnknownSync(Token.Token)(encoded)
    expect(Schema.equivalence(Token.Token)(decoded, token)).toBe(true)
    expect(Redacted.value(decoded.access_token)).toBe(Redacted.value(token.access_token))
    expect(Schema.encodeSync(Token.Token)(decoded)).toStrictEqual(encoded)
  })
})
