import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Lists from "@mastodon-effect/http/Lists"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { account } from "./fixtures/accounts.js"
import { mockClient } from "./utils/mockHttp.js"

const lid = (id: string) => id as Id.ListId
const aid = (id: string) => id as Id.AccountId
const form = (text: string | undefined) => [...new URLSearchParams(text)]

const friends = { id: "12249", title: "Friends", replies_policy: "followed", exclusive: false }

describe("Lists", () => {
  it.effect("list GETs /api/v1/lists and decodes lists, including ones from servers before 3.3", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        json: [friends, { id: "13585", title: "test", replies_policy: "list", exclusive: true }, { id: "1", title: "old" }]
      }))
      const lists = yield* Effect.provide(Lists.list(), layer)
      expect(lists.map((l) => [l.id, l.title, l.replies_policy, l.exclusive])).toEqual([
        ["12249", "Friends", "followed", false],
        ["13585", "test", "list", true],
        ["1", "old", undefined, undefined]
      ])
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.toString()).toBe("https://mastodon.example/api/v1/lists")
      expect(sent?.headers["authorization"]).toBe("Bearer test-token")
    }))

  it.effect("get GETs /api/v1/lists/:id and maps 404 (unknown or not yours) to NotFound", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) =>
        index === 0 ? { json: friends } : { status: 404, json: { error: "Record not found" } }
      )
      const list = yield* Effect.provide(Lists.get(lid("12249")), layer)
      expect(list.title).toBe("Friends")
      const error = yield* Effect.flip(Effect.provide(Lists.get({ id: lid("999") }), layer))
      expect(error).toMatchObject({ _tag: "NotFound", status: 404, error: "Record not found" })
      const [first, second] = yield* requests
      expect(first?.url.pathname).toBe("/api/v1/lists/12249")
      expect(second?.url.pathname).toBe("/api/v1/lists/999")
    }))

  it.effect("create POSTs a form with the set fields only", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: { id: "13585", title: "test", replies_policy: "list", exclusive: false } }))
      const created = yield* Effect.provide(Lists.create({ title: "test" }), layer)
      expect(created.id).toBe("13585")
      yield* Effect.provide(Lists.create({ title: "Close", replies_policy: "none", exclusive: true }), layer)
      const [minimal, full] = yield* requests
      expect(minimal?.method).toBe("POST")
      expect(minimal?.url.pathname).toBe("/api/v1/lists")
      expect(minimal?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(form(minimal?.text)).toEqual([["title", "test"]])
      expect(form(full?.text)).toEqual([["title", "Close"], ["replies_policy", "none"], ["exclusive", "true"]])
    }))

  it.effect("create maps 422 (unknown replies_policy) to UnprocessableEntity and refuses a blank title", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({
        status: 422,
        json: { error: "'some' is not a valid replies_policy" }
      }))
      const error = yield* Effect.flip(Effect.provide(Lists.create({ title: "x", replies_policy: "some" }), layer))
      expect(error).toMatchObject({ _tag: "UnprocessableEntity", error: "'some' is not a valid replies_policy" })
      const blank = yield* Effect.flip(Effect.provide(Lists.create({ title: " " }), layer))
      expect(blank).toMatchObject({ _tag: "InvalidArgument", argument: "title" })
      const blankUpdate = yield* Effect.flip(Effect.provide(Lists.update(lid("1"), { title: "" }), layer))
      expect(blankUpdate).toMatchObject({ _tag: "InvalidArgument", argument: "title" })
      expect(yield* requests).toHaveLength(1)
    }))

  it.effect("update PUTs /api/v1/lists/:id with a form", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: { ...friends, title: "testing", exclusive: true } }))
      const list = yield* Effect.provide(Lists.update(lid("12249"), { title: "testing", exclusive: true }), layer)
      expect(list).toMatchObject({ title: "testing", exclusive: true })
      const [sent] = yield* requests
      expect(sent?.method).toBe("PUT")
      expect(sent?.url.pathname).toBe("/api/v1/lists/12249")
      expect(form(sent?.text)).toEqual([["title", "testing"], ["exclusive", "true"]])
    }))

  it.effect("remove DELETEs /api/v1/lists/:id and maps 404 to NotFound", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((_, index) =>
        index === 0 ? { json: {} } : { status: 404, json: { error: "Record not found" } }
      )
      expect(yield* Effect.provide(Lists.remove(lid("12249")), layer)).toBeUndefined()
      const error = yield* Effect.flip(Effect.provide(Lists.remove(lid("12249")), layer))
      expect(error._tag).toBe("NotFound")
      const [sent] = yield* requests
      expect(sent?.method).toBe("DELETE")
      expect(sent?.url.pathname).toBe("/api/v1/lists/12249")
      expect(sent?.text).toBeUndefined()
    }))

  it.effect("accounts GETs a Link-paginated page of the list's members", () =>
    Effect.gen(function*() {
      const next = "https://mastodon.example/api/v1/lists/12249/accounts?max_id=106931203247163945"
      const prev = "https://mastodon.example/api/v1/lists/12249/accounts?since_id=108632085572655915"
      const { layer, requests } = yield* mockClient(() => ({
        json: [account("952529", "alayna"), account("917388", "cole")],
        headers: { link: `<${next}>; rel="next", <${prev}>; rel="prev"` }
      }))
      const page = yield* Effect.provide(Lists.accounts(lid("12249"), { limit: 2, max_id: "2000" }), layer)
      expect(page.items.map((a) => a.username)).toEqual(["alayna", "cole"])
      expect(Option.getOrThrow(page.next)).toBe(next)
      expect(Option.getOrThrow(page.prev)).toBe(prev)
      const [sent] = yield* requests
      expect(sent?.method).toBe("GET")
      expect(sent?.url.pathname).toBe("/api/v1/lists/12249/accounts")
      expect(sent?.url.searchParams.get("limit")).toBe("2")
      expect(sent?.url.searchParams.get("max_id")).toBe("2000")
      expect(sent?.url.searchParams.has("min_id")).toBe(false)
    }))

  it.effect("accounts sends limit=0 (every member at once) but refuses a negative limit", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: [] }))
      yield* Effect.provide(Lists.accounts(lid("1"), { limit: 0 }), layer)
      const negative = yield* Effect.flip(Effect.provide(Lists.accounts(lid("1"), { limit: -1 }), layer))
      expect(negative).toMatchObject({ _tag: "InvalidArgument", argument: "limit" })
      const [sent, ...rest] = yield* requests
      expect(sent?.url.searchParams.get("limit")).toBe("0")
      expect(rest).toHaveLength(0)
    }))

  it.effect("accounts maps 404 (unknown list) to NotFound", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({ status: 404, json: { error: "Record not found" } }))
      const error = yield* Effect.flip(Effect.provide(Lists.accounts(lid("404")), layer))
      expect(error._tag).toBe("NotFound")
    }))

  it.effect("addAccounts POSTs account_ids[] as a form", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const result = yield* Effect.provide(Lists.addAccounts(lid("12249"), [aid("1"), { id: aid("2") }]), layer)
      expect(result).toBeUndefined()
      const [sent] = yield* requests
      expect(sent?.method).toBe("POST")
      expect(sent?.url.pathname).toBe("/api/v1/lists/12249/accounts")
      expect(sent?.url.search).toBe("")
      expect(form(sent?.text)).toEqual([["account_ids[]", "1"], ["account_ids[]", "2"]])
    }))

  it.effect("addAccounts maps 422 (already in the list) and 404 (not followed) to typed errors", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient((_, index) =>
        index === 0
          ? { status: 422, json: { error: "Validation failed: Account has already been taken" } }
          : { status: 404, json: { error: "Record not found" } }
      )
      const taken = yield* Effect.flip(Effect.provide(Lists.addAccounts(lid("1"), [aid("1")]), layer))
      expect(taken).toMatchObject({ _tag: "UnprocessableEntity", error: "Validation failed: Account has already been taken" })
      const notFollowed = yield* Effect.flip(Effect.provide(Lists.addAccounts(lid("1"), [aid("2")]), layer))
      expect(notFollowed._tag).toBe("NotFound")
    }))

  it.effect("removeAccounts DELETEs with account_ids[] in the query", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      yield* Effect.provide(Lists.removeAccounts(lid("12249"), [aid("1"), aid("2")]), layer)
      const [sent] = yield* requests
      expect(sent?.method).toBe("DELETE")
      expect(sent?.url.pathname).toBe("/api/v1/lists/12249/accounts")
      expect(sent?.url.searchParams.getAll("account_ids[]")).toEqual(["1", "2"])
      expect(sent?.text).toBeUndefined()
    }))

  it.effect("addAccounts and removeAccounts refuse an empty list of accounts or an empty id before sending", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      const none = yield* Effect.flip(Effect.provide(Lists.addAccounts(lid("1"), []), layer))
      expect(none).toMatchObject({ _tag: "InvalidArgument", argument: "account_ids" })
      const emptyId = yield* Effect.flip(Effect.provide(Lists.removeAccounts(lid("1"), [aid("1"), aid("")]), layer))
      // The argument is named as the server would see it: the second of `account_ids[]`.
      expect(emptyId).toMatchObject({ _tag: "InvalidArgument", argument: "account_ids[1]" })
      const noList = yield* Effect.flip(Effect.provide(Lists.removeAccounts(lid(""), [aid("1")]), layer))
      expect(noList).toMatchObject({ _tag: "InvalidArgument", argument: "id" })
      expect(yield* requests).toHaveLength(0)
    }))

  it.effect("maps 401 without a token to Unauthorized", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(
        () => ({ status: 401, json: { error: "The access token is invalid" } }),
        { accessToken: undefined }
      )
      const error = yield* Effect.flip(Effect.provide(Lists.list(), layer))
      expect(error._tag).toBe("Unauthorized")
      const [sent] = yield* requests
      expect(sent?.headers["authorization"]).toBeUndefined()
    }))
})
