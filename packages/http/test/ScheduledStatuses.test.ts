import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Endpoint from "@mastodon-effect/http/Endpoint"
import * as ScheduledStatuses from "@mastodon-effect/http/ScheduledStatuses"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Docs from "./fixtures/statusesDocs.js"
import { mockClient } from "./utils/mockHttp.js"

const ssid = (id: string) => id as Id.ScheduledStatusId

describe("ScheduledStatuses", () => {
  it("declares the operations of methods/scheduled_statuses", () => {
    const declared = Endpoint.declaredIn(ScheduledStatuses)
    expect(Object.fromEntries(Object.entries(declared).map(([k, e]) => [k, [e.method, e.path, e.auth, e.scopes, e.versions]]))).toEqual({
      list: ["GET", "/api/v1/scheduled_statuses", "user", ["read:statuses"], { added: "2.7.0", changed: "3.3.0" }],
      get: ["GET", "/api/v1/scheduled_statuses/:id", "user", ["read:statuses"], { added: "2.7.0" }],
      reschedule: ["PUT", "/api/v1/scheduled_statuses/:id", "user", ["write:statuses"], { added: "2.7.0" }],
      cancel: ["DELETE", "/api/v1/scheduled_statuses/:id", "user", ["write:statuses"], { added: "2.7.0" }]
    })
    expect(ScheduledStatuses.listEndpoint.pagination).toEqual({ kind: "link", defaultLimit: 20, maxLimit: 40 })
  })

  it.effect("list decodes the docs' page with its Link cursor; get decodes one", () =>
    Effect.gen(function*() {
      const next = "https://mastodon.example/api/v1/scheduled_statuses?limit=1&max_id=3221"
      const { layer, requests } = yield* mockClient((request) =>
        request.url.pathname.endsWith("/3221") ? { json: Docs.scheduled } : { json: Docs.scheduledList, headers: { link: `<${next}>; rel="next"` } }
      )
      const page = yield* Effect.provide(ScheduledStatuses.list({ limit: 1 }), layer)
      expect(page.items.map((s) => [s.id, s.params.text])).toEqual([["3221", "test content"]])
      expect(Option.getOrNull(page.next)).toBe(next)
      const one = yield* Effect.provide(ScheduledStatuses.get(ssid("3221")), layer)
      expect(one.params.application_id).toBe("596551")
      expect(DateTime.formatIso(one.scheduled_at)).toBe("2019-12-05T12:33:01.000Z")
      expect((yield* requests).map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
        "GET /api/v1/scheduled_statuses?limit=1",
        "GET /api/v1/scheduled_statuses/3221"
      ])
    }))

  it.effect("reschedule PUTs scheduled_at as ISO 8601 (a Date or a DateTime); the server's 422 is typed; cancel DELETEs", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient((request, i) =>
        request.method === "DELETE" ? { json: {} } : i === 0 ? { json: Docs.scheduled } : { status: 422, json: Docs.rescheduled422 }
      )
      const moved = yield* Effect.provide(ScheduledStatuses.reschedule(ssid("3221"), new Date("2030-01-02T03:04:05.000Z")), layer)
      expect(moved.id).toBe("3221")
      const tooSoon = yield* Effect.flip(
        Effect.provide(ScheduledStatuses.reschedule(ssid("3221"), DateTime.unsafeMake("2030-01-02T03:04:05.000Z")), layer)
      )
      expect(tooSoon).toMatchObject({ _tag: "UnprocessableEntity", error: Docs.rescheduled422.error })
      yield* Effect.provide(ScheduledStatuses.cancel({ id: ssid("3221") }), layer)
      const invalid = yield* Effect.flip(Effect.provide(ScheduledStatuses.reschedule(ssid("1"), new Date(Number.NaN)), layer))
      expect(invalid).toMatchObject({ _tag: "InvalidArgument", argument: "scheduled_at" })
      const sent = yield* requests
      expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
        "PUT /api/v1/scheduled_statuses/3221",
        "PUT /api/v1/scheduled_statuses/3221",
        "DELETE /api/v1/scheduled_statuses/3221"
      ])
      expect([...new URLSearchParams(sent[0]?.text)]).toEqual([["scheduled_at", "2030-01-02T03:04:05.000Z"]])
      expect([...new URLSearchParams(sent[1]?.text)]).toEqual([["scheduled_at", "2030-01-02T03:04:05.000Z"]])
    }))
})
