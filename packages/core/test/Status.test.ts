import { describe, expect, it } from "@effect/vitest"
import * as Status from "@mastodon-effect/core/Status"
import * as DateTime from "effect/DateTime"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Status.js"

const decode = Schema.decodeUnknownEither(Status.Status)
const roundTrip = (input: unknown) => Schema.encodeSync(Status.Status)(Schema.decodeUnknownSync(Status.Status)(input))
const failure = (result: Either.Either<unknown, unknown>): string => {
  expect(Either.isLeft(result)).toBe(true)
  return Either.isLeft(result) ? String(result.left) : ""
}

describe("Status", () => {
  it("decodes every documented field of a Mastodon 4.6 status", () => {
    const status = Schema.decodeUnknownSync(Status.Status)(Fx.full)
    expect(status.account.acct).toBe("otterly@example.social")
    expect(status.reblog?.id).toBe("114000000000000002")
    expect(status.reblog?.edited_at && DateTime.formatIso(status.reblog.edited_at)).toBe("2025-11-01T10:00:00.000Z")
    expect(status.quote && "quoted_status" in status.quote && status.quote.quoted_status?.quote).toEqual({
      state: "accepted",
      quoted_status_id: "112000000000000001"
    })
    expect(status.poll?.options).toHaveLength(2)
    expect(status.card?.authors).toHaveLength(2)
    expect(status.media_attachments.map((m) => m.type)).toEqual(["image", "video"])
    expect(status.application).toEqual({ name: "Otter Client", website: "https://otter-client.example" })
    expect(status.mentions[0]?.acct).toBe("heron@old.example")
    expect(status.filtered?.[0]?.filter.filter_action).toBe("warn")
    expect(status.quote_approval?.current_user).toBe("automatic")
    expect(status.tagged_collections).toHaveLength(1)
  })

  it("round-trips the full fixture exactly", () => {
    expect(roundTrip(Fx.full)).toStrictEqual(Fx.full)
  })

  it("decodes and round-trips a Mastodon 3.0 status", () => {
    const status = Schema.decodeUnknownSync(Status.Status)(Fx.mastodon30)
    expect(status.reblog).toBeNull()
    expect(status.quote).toBeUndefined()
    expect(status.bookmarked).toBeUndefined()
    expect(roundTrip(Fx.mastodon30)).toStrictEqual(Fx.mastodon30)
  })

  it("decodes a GoToSocial status (ULID ids, null language, no application)", () => {
    const status = Schema.decodeUnknownSync(Status.Status)(Fx.gotosocial)
    expect(status.id).toBe("01HQ8A2B3C4D5E6F7G8H9J0K1M")
    expect(status.language).toBeNull()
    expect(status.application).toBeUndefined()
  })

  it("keeps an unknown visibility and quote state, drops unknown fields", () => {
    const status = Schema.decodeUnknownSync(Status.Status)(Fx.extra)
    expect(status.visibility).toBe("local")
    expect(status.quote?.state).toBe("pending_review")
    const { pleroma: _p, content_type: _c, ...known } = Fx.extra
    expect(roundTrip(Fx.extra)).toStrictEqual(known)
  })

  it("keeps unknown fields reachable with onExcessProperty: preserve", () => {
    const status = Schema.decodeUnknownSync(Status.Status, { onExcessProperty: "preserve" })(Fx.extra)
    expect(status).toMatchObject({ content_type: "text/markdown" })
  })

  it("fails on a broken reblog and names the nested path", () => {
    const message = failure(decode(Fx.badReblog))
    expect(message).toContain('["reblog"]')
    expect(message).toContain('["favourites_count"]')
  })

  it("fails on a broken quoted status and names the nested path", () => {
    const message = failure(decode(Fx.badQuote))
    expect(message).toContain('["quote"]')
    expect(message).toContain('["quoted_status"]')
    expect(message).toContain('["id"]')
  })

  it("fails without account", () => {
    const message = failure(decode(Fx.missingAccount))
    expect(message).toContain('["account"]')
    expect(message).toContain("is missing")
  })

  it.prop("decode(encode(a)) equals a", [Status.Status], ([status]) => {
    const encoded = Schema.encodeSync(Status.Status)(status)
    const decoded = Schema.decodeUnknownSync(Status.Status)(encoded)
    expect(Schema.equivalence(Status.Status)(decoded, status)).toBe(true)
    expect(Schema.encodeSync(Status.Status)(decoded)).toStrictEqual(encoded)
  }, { fastCheck: { numRuns: 10 } })
})

describe("Mention and StatusTag", () => {
  it("decode and fail with paths", () => {
    expect(Schema.decodeUnknownSync(Status.Mention)({ id: "1", username: "a", url: "u", acct: "a" }).acct).toBe("a")
    const result = Schema.decodeUnknownEither(Status.StatusTag)({ name: "x" })
    expect(Either.isLeft(result) && String(result.left)).toContain('["url"]')
  })
})
