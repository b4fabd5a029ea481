/**
 * Every endpoint call runs in a span named after it, with the method and path template as
 * attributes, and nothing secret in any span (ours or the platform's HTTP client span).
 */
import { describe, expect, it } from "@effect/vitest"
import type * as Id from "@mastodon-effect/core/Id"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as OAuth from "@mastodon-effect/http/OAuth"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Tracer from "effect/Tracer"
import { account } from "./fixtures/accounts.js"
import { token } from "./fixtures/auth.js"
import { mockClient } from "./utils/mockHttp.js"

interface Recorded {
  readonly name: string
  readonly kind: Tracer.SpanKind
  readonly attributes: Map<string, unknown>
  readonly parent: string | undefined
  exit?: unknown
}

/** A tracer that keeps every span it starts. */
const recordingTracer = (spans: Array<Recorded>): Tracer.Tracer =>
  Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const attributes = new Map<string, unknown>()
      const spanId = `span-${spans.length}`
      const recorded: Recorded = { name, kind, attributes, parent: Option.getOrUndefined(Option.map(parent, (p) => p.spanId)) }
      spans.push(recorded)
      let status: Tracer.SpanStatus = { _tag: "Started", startTime }
      return {
        _tag: "Span",
        name,
        spanId,
        traceId: "trace",
        parent,
        context,
        get status() {
          return status
        },
        attributes,
        links,
        sampled: true,
        kind,
        end: (endTime, exit) => {
          status = { _tag: "Ended", startTime, endTime, exit }
          recorded.exit = exit
        },
        attribute: (key, value) => {
          attributes.set(key, value)
        },
        event: () => {},
        addLinks: () => {}
      }
    },
    context: (f) => f()
  })

describe("spans", () => {
  it.effect("are named mastodon.<group>.<name> with the method and path template", () =>
    Effect.gen(function*() {
      const spans: Array<Recorded> = []
      const { layer } = yield* mockClient(() => ({ json: account("1") }))
      yield* Accounts.get("1" as Id.AccountId).pipe(Effect.provide(layer), Effect.withTracer(recordingTracer(spans)))
      const ours = spans.find((s) => s.name === "mastodon.accounts.get")
      expect(ours?.kind).toBe("client")
      expect(ours?.attributes.get("http.request.method")).toBe("GET")
      expect(ours?.attributes.get("url.template")).toBe("/api/v1/accounts/:id")
      // The platform's HTTP span is off: its exit would serialise request and response bodies.
      expect(spans.some((s) => s.name.startsWith("http.client"))).toBe(false)
    }))

  it.effect("carry no token or secret, even on a token exchange", () =>
    Effect.gen(function*() {
      const spans: Array<Recorded> = []
      const { layer } = yield* mockClient(() => ({ json: token("issued-access-token-456") }))
      yield* OAuth.token({
        grant_type: "authorization_code",
        client_id: "client-id",
        client_secret: "super-secret-client",
        redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
        code: "one-time-code-123"
      }).pipe(Effect.provide(layer), Effect.withTracer(recordingTracer(spans)))
      expect(spans.some((s) => s.name === "mastodon.oauth.token")).toBe(true)
      // Attributes and exits both: an exporter may serialise a span's exit (the value it ended with).
      const everything = JSON.stringify(spans.map((s) => [s.name, [...s.attributes.entries()], s.exit]))
      for (const secret of ["test-token", "super-secret-client", "one-time-code-123", "issued-access-token-456"]) {
        expect(everything).not.toContain(secret)
      }
    }))
})
