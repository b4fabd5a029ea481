/**
 * Raw HTTP helpers for the instance's own tests, and the two faces (in-process, loopback).
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as MastodonInstance from "@mastodon-effect/testing/MastodonInstance"
import * as MastodonServer from "@mastodon-effect/testing/MastodonServer"

export interface Res {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly text: string
  /** The parsed body, loosely typed on purpose: tests poke at raw JSON, and decode with the core schemas where the shape matters. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any
}

export interface ReqOptions {
  readonly token?: string | undefined
  readonly form?: Record<string, string | ReadonlyArray<string>> | undefined
  readonly json?: unknown
  readonly multipart?: FormData | undefined
  readonly headers?: Record<string, string> | undefined
}

/** Send one request to the instance in context; `path` may be absolute (a Link URL). */
export const req = (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, options: ReqOptions = {}) =>
  Effect.gen(function*() {
    const http = yield* HttpClient.HttpClient
    const origin = yield* MastodonInstance.origin
    let r = HttpClientRequest.make(method)(path.startsWith("http") ? path : `${origin}${path}`)
    if (options.token !== undefined) r = HttpClientRequest.bearerToken(r, options.token)
    if (options.headers !== undefined) r = HttpClientRequest.setHeaders(r, options.headers)
    if (options.form !== undefined) {
      const params: Array<[string, string]> = []
      for (const [k, v] of Object.entries(options.form)) {
        if (typeof v === "string") params.push([k, v])
        else for (const x of v) params.push([k, x])
      }
      r = HttpClientRequest.bodyUrlParams(r, params)
    }
    if (options.json !== undefined) r = yield* HttpClientRequest.bodyJson(r, options.json)
    if (options.multipart !== undefined) r = HttpClientRequest.bodyFormData(r, options.multipart)
    const response = yield* http.execute(r)
    const text = yield* response.text
    let json: unknown = undefined
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json } as Res
  }).pipe(Effect.scoped)

/** The `Link` relations of a response. */
export const links = (res: Res): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const m of (res.headers["link"] ?? "").matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)) out[m[2] ?? ""] = m[1] ?? ""
  return out
}

/** The two faces of the instance, each giving the instance and an HttpClient. */
export const faces: ReadonlyArray<{
  readonly name: string
  readonly layer: (options?: MastodonInstance.Options) => Layer.Layer<MastodonInstance.MastodonInstance | HttpClient.HttpClient, unknown>
}> = [
  { name: "in-process", layer: (options) => MastodonInstance.layer(options) },
  {
    name: "loopback",
    layer: (options) =>
      Layer.mergeAll(
        MastodonServer.layer(options),
        FetchHttpClient.layer,
        Layer.succeed(FetchHttpClient.RequestInit, { redirect: "manual" })
      )
  }
]
