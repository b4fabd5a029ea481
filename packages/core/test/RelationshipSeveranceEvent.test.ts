import { describe, expect, it } from "@effect/vitest"
import * as RelationshipSeveranceEvent from "@mastodon-effect/core/RelationshipSeveranceEvent"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/RelationshipSeveranceEvent.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

const Event = RelationshipSeveranceEvent.RelationshipSeveranceEvent

describe("RelationshipSeveranceEvent", () => {
  it("decodes and round-trips each documented type", () => {
    expect(decode(Event, Fx.domainBlock)).toMatchObject({ type: "domain_block", followers_count: 3, purged: false })
    expect(decode(Event, Fx.userDomainBlockPurged)).toMatchObject({ type: "user_domain_block", purged: true })
    expect(roundTrip(Event, Fx.domainBlock)).toStrictEqual(Fx.domainBlock)
  })

  it("keeps an unknown type; unknown fields are dropped, or kept when preserving", () => {
    expect(decode(Event, Fx.extra).type).toBe("instance_defederation")
    const { target_account: _t, ...known } = Fx.extra
    expect(roundTrip(Event, Fx.extra)).toStrictEqual(known)
    expect(decodePreserving(Event, Fx.extra)).toHaveProperty("target_account", null)
  })

  it("fails on a count sent as a string", () => {
    expect(failure(Event, Fx.badCount)).toContain('["followers_count"]')
  })

  it.prop("decode(encode(a)) equals a", [Event], ([event]) => {
    expect(Schema.equivalence(Event)(Schema.decodeSync(Event)(Schema.encodeSync(Event)(event)), event)).toBe(true)
  })
})
