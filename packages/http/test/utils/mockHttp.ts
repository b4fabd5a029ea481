/**
 * A scripted HttpClient for unit tests: every request is recorded (method, URL, headers, body)
 * and answered by a handler, with no sockets.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import { MastodonClient, make } from "@mastodon-effect/http/MastodonClient"
import type * as Client from "@mastodon-effect/http/MastodonClient"
import * as VersionPolicy from "@mastodon-effect/http/VersionPolicy"

export interface Recorded {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  /** The body as text (form or JSON), or undefined without one. */
  readonly text: string | undefined
  /** A multipart body's entries: strings, or `{ filename, type, size }` for files. */
  readonly form: ReadonlyArray<readonly [string, string | { filename: string; type: string; size: number }]> | undefined
}

export type Reply = { readonly status?: number; readonly json?: unknown; readonly body?: string; readonly headers?: Record<string, string> }

const toResponse = (reply: Reply): Response => {
  const headers = new Headers(reply.headers)
  if (reply.json !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json; charset=utf-8")
  const body = reply.json !== undefined ? JSON.stringify(reply.json) : reply.body ?? ""
  return new Response(reply.status === 204 ? null : body, { status: reply.status ?? 200, headers })
}

const readBody = async (body: unknown): Promise<Pick<Recorded, "text" | "form">> => {
  if (body === undefined || body === null) return { text: undefined, form: undefined }
  const tagged = body as { _tag?: string; body?: unknown; formData?: FormData }
  if (tagged._tag === "Uint8Array" && tagged.body instanceof Uint8Array) {
    return { text: new TextDecoder().decode(tagged.body), form: undefined }
  }
  if (tagged._tag === "FormData" && tagged.formData instanceof FormData) {
    const form: Array<readonly [string, string | { filename: string; type: string; size: number }]> = []
    for (const [key, value] of tagged.formData.entries()) {
      form.push(typeof value === "string" ? [key, value] : [key, { filename: value.name, type: value.type, size: value.size }])
    }
    return { text: undefined, form }
  }
  return { text: undefined, form: undefined }
}

/**
 * A layer providing `HttpClient` (answered by `handler`) and an effect listing what was sent.
 */
export type Handler = (request: Recorded, index: number, nowMillis: number) => Reply | Promise<Reply>

export const mockHttp = (handler: Handler) =>
  Effect.gen(function*() {
    const requests = yield* Ref.make<ReadonlyArray<Recorded>>([])
    const client = HttpClient.make((request, url) =>
      Effect.gen(function*() {
        const body = yield* Effect.promise(() => readBody(request.body._tag === "Empty" ? undefined : request.body))
        const recorded: Recorded = { method: request.method, url, headers: request.headers, ...body }
        const index = yield* Ref.modify(requests, (all) => [all.length, [...all, recorded]])
        // The handler sees the effect Clock's time, so TestClock drives rate-limit resets in tests.
        const now = yield* Clock.currentTimeMillis
        const reply = yield* Effect.promise(async () => handler(recorded, index, now))
        return HttpClientResponse.fromWeb(request, toResponse(reply))
      })
    )
    return { layer: Layer.succeed(HttpClient.HttpClient, client), requests: Ref.get(requests) }
  })

/**
 * A MastodonClient on https://mastodon.example whose HTTP is answered by `handler`.
 */
export const mockClient = (
  handler: Handler,
  options: Partial<Client.Options> & { readonly versionCheck?: VersionPolicy.Mode } = {}
) =>
  Effect.map(mockHttp(handler), ({ layer, requests }) => {
    const { versionCheck, ...clientOptions } = options
    const client = MastodonClientLayer(clientOptions).pipe(Layer.provide(layer))
    return {
      // The policy sits on top of the client, as users add it ("none" checks nothing).
      layer: VersionPolicy.layer(versionCheck ?? "none").pipe(Layer.provideMerge(client)),
      requests
    }
  })

const MastodonClientLayer = (options: Partial<Client.Options>) =>
  Layer.effect(
    MastodonClient,
    make({ url: "https://mastodon.example", accessToken: "test-token", retry: false, ...options }).pipe(Effect.orDie)
  )
