import { describe, expect, it } from "@effect/vitest"
import * as ScheduledStatus from "@mastodon-effect/core/ScheduledStatus"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/ScheduledStatus.js"
import * as StatusFx from "./fixtures/Status.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("ScheduledStatus", () => {
  it("decodes and round-trips both of the docs' examples", () => {
    for (const example of [Fx.docsCreated, Fx.docsListed]) {
      const scheduled = decode(ScheduledStatus.ScheduledStatus, example)
      expect(DateTime.formatIso(scheduled.scheduled_at)).toBe("2022-09-29T00:00:00.000Z")
      expect(scheduled.params.text).toBe("test post")
      expect(scheduled.params.application_id).toBe("3")
      expect(scheduled.params.with_rate_limit).toBe(false)
      expect(scheduled.params.poll).toBeNull()
    }
    // `application_id` is a number on the wire and a string id once decoded; encoding gives the string.
    expect(roundTrip(ScheduledStatus.ScheduledStatus, Fx.docsCreated)).toStrictEqual({
      ...Fx.docsCreated,
      params: { ...Fx.docsCreated.params, application_id: "3" }
    })
  })

  it("decodes every parameter of a JSON-posted status", () => {
    const { params } = decode(ScheduledStatus.ScheduledStatus, Fx.full)
    expect(params.poll).toEqual({ options: ["yes", "no"], expires_in: 86400, multiple: false, hide_totals: true })
    expect(params.media_ids).toEqual(["22345792"])
    expect(params.visibility).toBe("unlisted")
    expect(params.in_reply_to_id).toBe("115000000000000003")
    expect(roundTrip(ScheduledStatus.ScheduledStatus, Fx.full)).toStrictEqual({
      ...Fx.full,
      params: { ...Fx.full.params, application_id: "12" }
    })
  })

  it("decodes the strings a form-encoded request leaves as numbers and booleans", () => {
    const { params } = decode(ScheduledStatus.ScheduledStatus, Fx.formEncoded)
    expect(params.poll?.expires_in).toBe(300)
    expect(params.poll?.multiple).toBe(true)
    expect(params.sensitive).toBe(false)
    expect(params.with_rate_limit).toBe(false)
    expect(params.media_ids).toEqual(["22345793"])
    expect(params.in_reply_to_id).toBe("115000000000000")
  })

  it("decodes a fork's bare parameters with an unknown visibility and keeps extras when preserving", () => {
    const scheduled = decode(ScheduledStatus.ScheduledStatus, Fx.fork)
    expect(scheduled.params.visibility).toBe("local")
    expect(scheduled.params.poll).toBeUndefined()
    expect(decodePreserving(ScheduledStatus.ScheduledStatus, Fx.fork).params).toMatchObject({
      content_type: "text/markdown"
    })
  })

  it("fails on a poll duration that is not a number, and without scheduled_at", () => {
    const message = failure(ScheduledStatus.ScheduledStatus, Fx.badExpiresIn)
    expect(message).toContain('["params"]')
    expect(message).toContain('["expires_in"]')
    expect(failure(ScheduledStatus.ScheduledStatus, Fx.missingScheduledAt)).toContain('["scheduled_at"]')
  })

  it("tells a scheduled status from a posted one", () => {
    const scheduled = decode(ScheduledStatus.StatusOrScheduledStatus, Fx.full)
    const posted = decode(ScheduledStatus.StatusOrScheduledStatus, StatusFx.mastodon30)
    expect(ScheduledStatus.isScheduled(scheduled)).toBe(true)
    expect(ScheduledStatus.isScheduled(posted)).toBe(false)
    expect(ScheduledStatus.isScheduled(posted) ? undefined : posted.id).toBe("103270115826048975")
  })

  it.prop("decode(encode(a)) equals a", [ScheduledStatus.ScheduledStatusParams], ([params]) => {
    const encoded = Schema.encodeSync(ScheduledStatus.ScheduledStatusParams)(params)
    expect(Schema.decodeSync(ScheduledStatus.ScheduledStatusParams)(encoded)).toStrictEqual(params)
  })
})
