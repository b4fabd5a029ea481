import { describe, expect, it } from "@effect/vitest"
import * as StatusEdit from "@mastodon-effect/core/StatusEdit"
import * as DateTime from "effect/DateTime"
import * as Fx from "./fixtures/StatusEdit.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("StatusEdit", () => {
  it("decodes and round-trips the docs' example", () => {
    const edit = decode(StatusEdit.StatusEdit, Fx.docs)
    expect(edit.account.acct).toBe("trwnh")
    expect(edit.poll?.options.map((o) => o.title)).toEqual(["cool", "uncool", "spiderman (this option has been changed)"])
    expect(DateTime.formatIso(edit.created_at)).toBe("2022-09-05T00:03:32.480Z")
    expect(roundTrip(StatusEdit.StatusEdit, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes a Mastodon 3.5 revision without poll or quote", () => {
    const edit = decode(StatusEdit.StatusEdit, Fx.mastodon35)
    expect(edit.poll).toBeUndefined()
    expect(edit.quote).toBeUndefined()
    expect(roundTrip(StatusEdit.StatusEdit, Fx.mastodon35)).toStrictEqual(Fx.mastodon35)
  })

  it("decodes a 4.4 revision with media and a shallow quote", () => {
    const edit = decode(StatusEdit.StatusEdit, Fx.quoting)
    expect(edit.media_attachments[0]?.type).toBe("image")
    expect(edit.quote).toEqual({ state: "accepted", quoted_status_id: "114000000000000001" })
    expect(roundTrip(StatusEdit.StatusEdit, Fx.quoting)).toStrictEqual(Fx.quoting)
  })

  it("keeps an unknown quote state; unknown fields are dropped, or kept when preserving", () => {
    expect(decode(StatusEdit.StatusEdit, Fx.extra).quote?.state).toBe("deleted_by_moderator")
    const { content_type: _c, ...known } = Fx.extra
    expect(roundTrip(StatusEdit.StatusEdit, Fx.extra)).toStrictEqual(known)
    expect(decodePreserving(StatusEdit.StatusEdit, Fx.extra)).toMatchObject({ content_type: "text/plain" })
  })

  it("fails on a poll option without title and names the path", () => {
    const message = failure(StatusEdit.StatusEdit, Fx.badPoll)
    expect(message).toContain('["poll"]')
    expect(message).toContain('["title"]')
  })
})
