import { describe, expect, it } from "@effect/vitest"
import * as Collection from "@mastodon-effect/core/Collection"
import * as Schema from "effect/Schema"
import * as Fx from "./fixtures/Collection.js"
import { decode, decodePreserving, failure, roundTrip } from "./utils/schema.js"

describe("Collection", () => {
  it("decodes and round-trips the docs' example", () => {
    const collection = decode(Collection.Collection, Fx.docs)
    expect(collection.tag).toEqual({ name: "discovery", url: "https://example.com/tags/discovery" })
    expect(collection.items.map((i) => i.state)).toEqual(["accepted", "pending"])
    expect(roundTrip(Collection.Collection, Fx.docs)).toStrictEqual(Fx.docs)
  })

  it("decodes the docs' wrappers: WrappedCollection, Collections, WrappedCollectionItem, CollectionWithAccounts", () => {
    expect(decode(Collection.WrappedCollection, { collection: Fx.docs }).collection.name).toBe("Excellent people")
    expect(decode(Collection.Collections, { collections: [Fx.docs, Fx.remote] }).collections).toHaveLength(2)
    expect(decode(Collection.WrappedCollectionItem, Fx.docsItem).collection_item.account_id).toBe("112658193342215767")
    const withAccounts = decode(Collection.CollectionWithAccounts, Fx.docsWithAccounts)
    expect(withAccounts.accounts.map((a) => a.id)).toEqual([
      withAccounts.collection.account_id,
      ...withAccounts.collection.items.map((i) => i.account_id)
    ])
    expect(roundTrip(Collection.CollectionWithAccounts, Fx.docsWithAccounts)).toStrictEqual(Fx.docsWithAccounts)
  })

  it("decodes a remote collection with nulls", () => {
    const collection = decode(Collection.Collection, Fx.remote)
    expect(collection.url).toBeNull()
    expect(collection.tag).toBeNull()
    expect(collection.description).toBeNull()
    expect(collection.items[0]?.account_id).toBeNull()
    expect(roundTrip(Collection.Collection, Fx.remote)).toStrictEqual(Fx.remote)
  })

  it("keeps an unknown item state; unknown fields are kept only when preserving", () => {
    expect(decode(Collection.Collection, Fx.extra).items[0]?.state).toBe("revoked")
    expect(roundTrip(Collection.Collection, Fx.extra)).not.toHaveProperty("featured_by_me")
    expect(decodePreserving(Collection.Collection, Fx.extra)).toMatchObject({ featured_by_me: true })
  })

  it("fails on a count sent as a string", () => {
    expect(failure(Collection.Collection, Fx.badCount)).toContain('["item_count"]')
  })

  it.prop("CollectionItem: decode(encode(a)) equals a", [Collection.CollectionItem], ([item]) => {
    const decoded = Schema.decodeSync(Collection.CollectionItem)(Schema.encodeSync(Collection.CollectionItem)(item))
    expect(Schema.equivalence(Collection.CollectionItem)(decoded, item)).toBe(true)
  })
})
