import { describe, expect, it } from "@effect/vitest"
import * as NodeInfo from "@mastodon-effect/core/NodeInfo"
import * as Option from "effect/Option"
import * as Fx from "./fixtures/NodeInfo.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("NodeInfo", () => {
  it("finds the newest document in the discovery document", () => {
    expect(NodeInfo.documentUrl(decode(NodeInfo.NodeInfoDiscovery, Fx.discoveryMastodon))).toEqual(
      Option.some("https://example.social/nodeinfo/2.0")
    )
    expect(NodeInfo.documentUrl(decode(NodeInfo.NodeInfoDiscovery, Fx.discoveryMany))).toEqual(
      Option.some("https://gts.example/nodeinfo/2.1")
    )
    expect(NodeInfo.documentUrl({ links: [] })).toEqual(Option.none())
    expect(NodeInfo.documentUrl({ links: [{ rel: "self", href: "https://x.example" }] })).toEqual(Option.none())
  })

  it("decodes and round-trips Mastodon's document", () => {
    const info = decode(NodeInfo.NodeInfo, Fx.mastodon)
    expect(info.software).toEqual({ name: "mastodon", version: "4.5.0" })
    expect(info.usage.users.activeMonth).toBe(321)
    expect(info.metadata?.["nodeName"]).toBe("Example Social")
    expect(roundTrip(NodeInfo.NodeInfo, Fx.mastodon)).toStrictEqual(Fx.mastodon)
  })

  it("decodes a sparse 2.1 document without services, metadata or numbers", () => {
    const info = decode(NodeInfo.NodeInfo, Fx.sparse)
    expect(info.software.repository).toContain("codeberg.org")
    expect(info.services).toBeUndefined()
    expect(info.usage.users.total).toBeUndefined()
    expect(roundTrip(NodeInfo.NodeInfo, Fx.sparse)).toStrictEqual(Fx.sparse)
  })

  it("keeps unknown fields only when preserving", () => {
    const withExtra = { ...Fx.mastodon, server: { baseUrl: "https://example.social" } }
    expect(roundTrip(NodeInfo.NodeInfo, withExtra)).toStrictEqual(Fx.mastodon)
    expect(decodePreserving(NodeInfo.NodeInfo, withExtra)).toHaveProperty("server")
  })

  it("fails on openRegistrations as a string", () => {
    expect(failure(NodeInfo.NodeInfo, Fx.badRegistrations)).toContain('["openRegistrations"]')
  })
})
