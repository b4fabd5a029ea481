import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Account.js"

const decodeAccount = Schema.decodeUnknownEither(Account.Account)
const roundTrip = <A, I>(schema: Schema.Schema<A, I>, input: unknown): I =>
  Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Account", () => {
  it("decodes a full Mastodon 4.6 account", () => {
    const account = Schema.decodeUnknownSync(Account.Account)(Fx.full)
    expect(account.id).toBe("109302744581234567")
    expect(account.acct).toBe("otterly@example.social")
    expect(DateTime.formatIso(account.created_at)).toBe("2022-11-08T00:00:00.000Z")
    expect(account.last_status_at && DateTime.formatIso(account.last_status_at)).toBe("2025-11-17T00:00:00.000Z")
    expect(account.fields[1]?.verified_at && DateTime.formatIso(account.fields[1].verified_at)).toBe(
      "2024-03-01T12:34:56.789Z"
    )
    expect(account.moved?.acct).toBe("river@newhome.example")
    expect(account.moved?.roles).toBeNull()
    expect(account.roles).toEqual([{ id: "3", name: "Moderator", color: "#7b68ee" }])
    expect(account.feature_approval?.current_user).toBe("manual")
    expect(account.emojis[0]?.category).toBe("Otters")
  })

  it("round-trips the full fixture exactly", () => {
    expect(roundTrip(Account.Account, Fx.full)).toStrictEqual(Fx.full)
  })

  it("round-trips a Mastodon 3.0 account exactly (null last_status_at)", () => {
    expect(roundTrip(Account.Account, Fx.mastodon30)).toStrictEqual(Fx.mastodon30)
    const account = Schema.decodeUnknownSync(Account.Account)(Fx.mastodon30)
    expect(account.last_status_at).toBeNull()
    expect(account.bot).toBe(false)
    expect(account.group).toBeUndefined()
    expect("roles" in account).toBe(false)
  })

  it("decodes a Pleroma account (non-numeric id, no verified_at, no uri)", () => {
    const account = Schema.decodeUnknownSync(Account.Account)(Fx.pleroma)
    expect(account.id).toBe("AaBbCcDdEeFf0123456789")
    expect(account.fields[0]).toEqual({ name: "matrix", value: "@kingfisher:matrix.example" })
    expect(account.uri).toBeUndefined()
    expect(account.last_status_at).toBeUndefined()
  })

  it("decodes a GoToSocial account whose last_status_at carries a time", () => {
    const account = Schema.decodeUnknownSync(Account.Account)(Fx.gotosocial)
    expect(account.last_status_at && DateTime.formatIso(account.last_status_at)).toBe("2025-01-04T19:22:10.000Z")
    expect(roundTrip(Account.Account, Fx.gotosocial)).toMatchObject({ last_status_at: "2025-01-04" })
  })

  it("decodes unknown fields and unknown enum members, and drops the unknown fields on encode", () => {
    const account = Schema.decodeUnknownSync(Account.Account)(Fx.extra)
    expect(account.feature_approval?.automatic).toEqual(["mutuals"])
    expect(account.feature_approval?.current_user).toBe("maybe_later")
    expect(roundTrip(Account.Account, Fx.extra)).toStrictEqual(Fx.extraKnown)
  })

  it("keeps unknown fields reachable with onExcessProperty: preserve", () => {
    const account = Schema.decodeUnknownSync(Account.Account, { onExcessProperty: "preserve" })(Fx.extra)
    expect(account).toMatchObject({ profile_theme: "sunset", fediverse_creator: true })
  })

  it("fails on a wrong type and names the path", () => {
    const message = failure(decodeAccount(Fx.badCount))
    expect(message).toContain('["followers_count"]')
    expect(message).toContain(`Expected number, actual "547"`)
  })

  it("fails on a missing required field and names it", () => {
    const message = failure(decodeAccount(Fx.missingAcct))
    expect(message).toContain('["acct"]')
    expect(message).toContain("is missing")
  })

  it("fails on a bad datetime", () => {
    expect(failure(decodeAccount(Fx.badDate))).toContain('["created_at"]')
  })

  it("rejects an empty id", () => {
    expect(failure(decodeAccount(Fx.emptyId))).toContain('["id"]')
  })

  it("reports errors inside moved with the nested path", () => {
    const message = failure(decodeAccount(Fx.badMoved))
    expect(message).toContain('["moved"]')
    expect(message).toContain('["statuses_count"]')
  })

  it.prop("decode(encode(a)) equals a", [Account.Account], ([account]) => {
    const encoded = Schema.encodeSync(Account.Account)(account)
    const decoded = Schema.decodeUnknownSync(Account.Account)(encoded)
    expect(Schema.equivalence(Account.Account)(decoded, account)).toBe(true)
    expect(Schema.encodeSync(Account.Account)(decoded)).toStrictEqual(encoded)
  }, { fastCheck: { numRuns: 30 } })
})

describe("CredentialAccount", () => {
  const decode = Schema.decodeUnknownEither(Account.CredentialAccount)

  it("decodes a full verify_credentials response and round-trips it", () => {
    const me = Schema.decodeUnknownSync(Account.CredentialAccount)(Fx.credential)
    expect(me.source.privacy).toBe("unlisted")
    expect(me.source.quote_policy).toBe("followers")
    expect(me.source.attribution_domains).toEqual(["otterly.example", "blog.otterly.example"])
    expect(me.role?.permissions).toBe("65536")
    expect(me.role?.collection_limit).toBe(5)
    expect(me.moved).toBeNull()
    expect(roundTrip(Account.CredentialAccount, Fx.credential)).toStrictEqual(Fx.credential)
  })

  it("decodes a Mastodon 3.x response without role and with a null language", () => {
    const me = Schema.decodeUnknownSync(Account.CredentialAccount)(Fx.credentialOld)
    expect(me.role).toBeUndefined()
    expect(me.source.language).toBeNull()
    expect(me.source.follow_requests_count).toBe(0)
    expect(roundTrip(Account.CredentialAccount, Fx.credentialOld)).toStrictEqual(Fx.credentialOld)
  })

  it("decodes a numeric role id to its string", () => {
    const me = Schema.decodeUnknownSync(Account.CredentialAccount)(Fx.credentialNumericRole)
    expect(me.role?.id).toBe("3")
    expect(Schema.encodeSync(Account.CredentialAccount)(me).role?.id).toBe("3")
  })

  it("fails without source.privacy and names the nested path", () => {
    const message = failure(decode(Fx.credentialBadSource))
    expect(message).toContain('["source"]')
    expect(message).toContain('["privacy"]')
  })

  it("fails when source is missing", () => {
    expect(failure(decode(Fx.mastodon30))).toContain('["source"]')
  })
})

describe("MutedAccount", () => {
  it("decodes and round-trips a timed and an indefinite mute", () => {
    const muted = Schema.decodeUnknownSync(Account.MutedAccount)(Fx.muted)
    expect(muted.mute_expires_at && DateTime.formatIso(muted.mute_expires_at)).toBe("2025-12-01T09:30:00.000Z")
    expect(roundTrip(Account.MutedAccount, Fx.muted)).toStrictEqual(Fx.muted)
    expect(roundTrip(Account.MutedAccount, Fx.mutedForever)).toStrictEqual(Fx.mutedForever)
  })

  it("accepts a mute from a server that does not send mute_expires_at", () => {
    expect(Schema.decodeUnknownSync(Account.MutedAccount)(Fx.mastodon30).mute_expires_at).toBeUndefined()
  })

  it("fails on a bad mute_expires_at", () => {
    const result = Schema.decodeUnknownEither(Account.MutedAccount)({ ...Fx.muted, mute_expires_at: 5 })
    expect(failure(result)).toContain('["mute_expires_at"]')
  })
})

describe("Field", () => {
  it("normalises an offset datetime to UTC", () => {
    const field = Schema.decodeUnknownSync(Account.Field)({
      name: "Website",
      value: "x",
      verified_at: "2019-11-10T10:31:10.744+00:00"
    })
    expect(Schema.encodeSync(Account.Field)(field).verified_at).toBe("2019-11-10T10:31:10.744Z")
  })
})
