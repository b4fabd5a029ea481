/**
 * Web Push: subscribe to the signed-in user's notifications as pushes to an endpoint of your own,
 * choose which kinds and from whom, and read what arrives. {@link generateKeys} makes the keys a
 * subscription needs and {@link decrypt} opens an incoming message (`aes128gcm`, RFC 8291 and
 * RFC 8188) with WebCrypto only, so a browser or a Node 20 program can read its notifications.
 * See the Mastodon docs, methods/push.
 *
 * @since 0.1.0
 */
import * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as WebPushSubscription from "@mastodon-effect/core/WebPushSubscription"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"
import * as Crypto from "./internal/webPushCrypto.js"

/** Which notification kinds are pushed, as `data[alerts][mention]=true` etc. */
const AlertsBody = /* @__PURE__ */ Schema.Struct({
  mention: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  status: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  reblog: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  follow: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  follow_request: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  favourite: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  poll: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  update: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  quote: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  quoted_update: /* @__PURE__ */ Schema.optional(Schema.Boolean),
  "admin.sign_up": /* @__PURE__ */ Schema.optional(Schema.Boolean),
  "admin.report": /* @__PURE__ */ Schema.optional(Schema.Boolean)
})

const DataBody = /* @__PURE__ */ Schema.Struct({
  alerts: /* @__PURE__ */ Schema.optional(AlertsBody),
  policy: /* @__PURE__ */ Schema.optional(Schema.String)
})

/** A base64url key of the given decoded length. */
const KeyOf = (bytes: number, what: string) =>
  Argument.NonEmptyString.pipe(
    /* @__PURE__ */ Schema.filter((s) => Crypto.fromBase64Url(s)?.length === bytes || `not a base64url ${what} (${bytes} bytes)`)
  )

const SubscribeBody = /* @__PURE__ */ Schema.Struct({
  subscription: /* @__PURE__ */ Schema.Struct({
    endpoint: Argument.NonEmptyString.pipe(
      /* @__PURE__ */ Schema.filter((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) || "not an http(s) URL")
    ),
    keys: /* @__PURE__ */ Schema.Struct({ p256dh: KeyOf(65, "P-256 public key"), auth: KeyOf(16, "auth secret") }),
    standard: /* @__PURE__ */ Schema.optional(Schema.Boolean)
  }),
  data: /* @__PURE__ */ Schema.optional(DataBody)
})

const UpdateBody = /* @__PURE__ */ Schema.Struct({ data: /* @__PURE__ */ Schema.optional(DataBody), policy: /* @__PURE__ */ Schema.optional(Schema.String) })

const scopes = ["push"] as const

/** The declaration behind {@link subscribe}: `POST /api/v1/push/subscription`. @since 0.1.0 */
export const subscribeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "push.subscribe",
  method: "POST",
  path: "/api/v1/push/subscription",
  body: SubscribeBody,
  response: WebPushSubscription.WebPushSubscription,
  auth: "user",
  scopes,
  versions: { added: "2.4.0", changed: "4.5.0" }
})

/** The declaration behind {@link get}: `GET /api/v1/push/subscription`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "push.get",
  method: "GET",
  path: "/api/v1/push/subscription",
  response: WebPushSubscription.WebPushSubscription,
  auth: "user",
  scopes,
  versions: { added: "2.4.0" }
})

/** The declaration behind {@link update}: `PUT /api/v1/push/subscription`. @since 0.1.0 */
export const updateEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "push.update",
  method: "PUT",
  path: "/api/v1/push/subscription",
  body: UpdateBody,
  response: WebPushSubscription.WebPushSubscription,
  auth: "user",
  scopes,
  versions: { added: "2.4.0", changed: "4.0.0" }
})

/** The declaration behind {@link unsubscribe}: `DELETE /api/v1/push/subscription`. @since 0.1.0 */
export const unsubscribeEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "push.unsubscribe",
  method: "DELETE",
  path: "/api/v1/push/subscription",
  response: Schema.Unknown,
  auth: "user",
  scopes,
  versions: { added: "2.4.0" }
})

/**
 * Which kinds of notification are pushed; a kind left out is not pushed.
 *
 * @since 0.1.0
 */
export type Alerts = { readonly [K in keyof WebPushSubscription.WebPushAlerts]?: boolean | undefined }

/**
 * What to push: the kinds (`alerts`) and from whom (`policy`: `all`, `followed`, `follower`, `none`).
 *
 * @since 0.1.0
 */
export interface Settings {
  readonly alerts?: Alerts | undefined
  readonly policy?: WebPushSubscription.WebPushPolicy | undefined
}

/**
 * The keys of a subscription: the public part is sent to the server, the private part stays with
 * the program (it is plain JSON, to be stored with the subscription).
 *
 * @since 0.1.0
 */
export interface Keys {
  /** The P-256 public key, base64url (what the server encrypts to). */
  readonly p256dh: string
  /** The 16-byte authentication secret, base64url. */
  readonly auth: string
  /** The P-256 private key as a JWK: keep it secret. */
  readonly privateKey: PrivateKeyJwk
}

/**
 * A private key in JSON Web Key form (RFC 7517), as WebCrypto exports it. Declared here rather than
 * taken from the DOM library, so that programs compiled without `lib: ["dom"]` type-check.
 *
 * @since 0.1.0
 */
export interface PrivateKeyJwk {
  readonly kty?: string | undefined
  readonly crv?: string | undefined
  readonly x?: string | undefined
  readonly y?: string | undefined
  readonly d?: string | undefined
  readonly ext?: boolean | undefined
  readonly key_ops?: ReadonlyArray<string> | undefined
}

/**
 * Subscribe the token to Web Push at `endpoint` with the given keys (only their public parts are
 * sent). A server keeps one subscription per token: subscribing again replaces it. Malformed keys
 * or a non-http endpoint are refused before sending (Mastodon 4.3 refuses them too).
 *
 * @example
 * import { Push } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const subscribed = Effect.gen(function*() {
 *   const keys = yield* Push.generateKeys()
 *   const subscription = yield* Push.subscribe("https://push.example/inbox/1", keys, {
 *     alerts: { mention: true, follow: true, favourite: false },
 *     policy: "followed"
 *   })
 *   return { keys, subscription }
 * })
 *
 * @since 0.1.0
 */
export const subscribe = (
  endpoint: string,
  keys: { readonly p256dh: string; readonly auth: string },
  settings: Settings & { readonly standard?: boolean | undefined } = {}
): Endpoint.Call<WebPushSubscription.WebPushSubscription> => {
  const { standard, ...data } = settings
  return Endpoint.call(subscribeEndpoint, {
    body: {
      subscription: { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, ...(standard === undefined ? {} : { standard }) },
      data
    }
  })
}

/**
 * The token's subscription; `NotFound` when it has none.
 *
 * @since 0.1.0
 */
export const get = (): Endpoint.Call<WebPushSubscription.WebPushSubscription> => Endpoint.call(getEndpoint)

/**
 * Change what is pushed, keeping the endpoint and keys. The policy goes both as `data[policy]`
 * and `policy`: servers before 4.x read only the latter.
 *
 * @since 0.1.0
 */
export const update = (settings: Settings): Endpoint.Call<WebPushSubscription.WebPushSubscription> =>
  Endpoint.call(updateEndpoint, { body: { data: settings, policy: settings.policy } })

/**
 * Remove the token's subscription (harmless when there is none).
 *
 * @since 0.1.0
 */
export const unsubscribe = (): Endpoint.Call<unknown> => Endpoint.call(unsubscribeEndpoint)

const invalid = (reason: string) => new MastodonError.InvalidArgument({ argument: "message", reason })

/**
 * A fresh ECDH P-256 key pair and 16-byte authentication secret for a subscription, made with
 * WebCrypto (`globalThis.crypto`).
 *
 * @since 0.1.0
 */
export const generateKeys = (): Effect.Effect<Keys> =>
  Effect.promise(async () => {
    const pair = await Crypto.generateEcdh()
    const auth = globalThis.crypto.getRandomValues(new Uint8Array(16))
    return { p256dh: Crypto.toBase64Url(pair.publicRaw), auth: Crypto.toBase64Url(auth), privateKey: pair.privateJwk as PrivateKeyJwk }
  })

const uaOf = (keys: Keys) =>
  Effect.gen(function*() {
    const publicRaw = Crypto.fromBase64Url(keys.p256dh)
    const auth = Crypto.fromBase64Url(keys.auth)
    if (publicRaw?.length !== 65) return yield* Effect.fail(new MastodonError.InvalidArgument({ argument: "keys.p256dh", reason: "not a 65-byte P-256 public key" }))
    if (auth?.length !== 16) return yield* Effect.fail(new MastodonError.InvalidArgument({ argument: "keys.auth", reason: "not a 16-byte auth secret" }))
    const privateKey = yield* Effect.tryPromise({
      try: () => Crypto.importPrivate(keys.privateKey as JsonWebKey),
      catch: () => new MastodonError.InvalidArgument({ argument: "keys.privateKey", reason: "not a P-256 private JWK" })
    })
    return { privateKey, publicRaw, auth }
  })

/**
 * Open an incoming push message (the request body a push service delivered, `Content-Encoding:
 * aes128gcm`) with the subscription's keys: the plaintext bytes. A message that is not for these
 * keys, or is damaged, fails with an `InvalidArgument` naming `message`.
 *
 * @since 0.1.0
 */
export const decryptBytes = (message: Uint8Array, keys: Keys): Effect.Effect<Uint8Array, MastodonError.InvalidArgument> =>
  Effect.flatMap(uaOf(keys), (ua) =>
    Effect.flatMap(
      Effect.promise(() => Crypto.decrypt(message, ua).catch((e: unknown) => new Crypto.DecryptFailure(String(e)))),
      (result) => result instanceof Crypto.DecryptFailure ? Effect.fail(invalid(result.reason)) : Effect.succeed(result)
    ))

/**
 * What Mastodon puts in a push message: the notification's id and type, a title and a body ready
 * to show, an icon, and the token it was sent for (to fetch the notification with).
 *
 * @since 0.1.0
 */
export const PushNotification = /* @__PURE__ */ Schema.Struct({
  access_token: Schema.String,
  preferred_locale: /* @__PURE__ */ Schema.optional(Schema.String),
  notification_id: /* @__PURE__ */ Schema.Union(Schema.String, Schema.Number.pipe(/* @__PURE__ */ Schema.transform(Schema.String, { decode: String, encode: Number }))),
  notification_type: Schema.String,
  icon: /* @__PURE__ */ Schema.optional(Schema.String),
  title: Schema.String,
  body: Schema.String
}).annotations({ identifier: "PushNotification" })

/**
 * The decoded form of {@link PushNotification}.
 *
 * @since 0.1.0
 */
export interface PushNotification extends Schema.Schema.Type<typeof PushNotification> {}

/**
 * Open an incoming push message and read Mastodon's notification payload from it. The message is
 * the raw request body (bytes, or a `Uint8Array`-like `ArrayBuffer`).
 *
 * @example
 * import { Push } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * declare const keys: Push.Keys
 * declare const body: Uint8Array
 * const shown = Effect.map(Push.decrypt(body, keys), (n) => `${n.title}: ${n.body}`)
 *
 * @since 0.1.0
 */
export const decrypt = (message: Uint8Array | ArrayBuffer, keys: Keys): Effect.Effect<PushNotification, MastodonError.InvalidArgument> =>
  Effect.flatMap(decryptBytes(message instanceof Uint8Array ? message : new Uint8Array(message), keys), (bytes) => {
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      return Effect.fail(invalid("the decrypted message is not JSON"))
    }
    return Either.match(/* @__PURE__ */ Schema.decodeUnknownEither(PushNotification)(json), {
      onLeft: (e) => Effect.fail(invalid(`the decrypted message is not a Mastodon notification: ${e.message}`)),
      onRight: Effect.succeed
    })
  })

/**
 * Encrypt a message for a subscription's public keys as a push server does (`aes128gcm`, a fresh
 * sender key and salt): for tests, relays and fakes of the server side.
 *
 * @since 0.1.0
 */
export const encrypt = (
  plaintext: Uint8Array | string,
  keys: { readonly p256dh: string; readonly auth: string },
  options?: { readonly recordSize?: number | undefined }
): Effect.Effect<Uint8Array, MastodonError.InvalidArgument> => {
  const publicRaw = Crypto.fromBase64Url(keys.p256dh)
  const auth = Crypto.fromBase64Url(keys.auth)
  if (publicRaw?.length !== 65) return Effect.fail(new MastodonError.InvalidArgument({ argument: "keys.p256dh", reason: "not a 65-byte P-256 public key" }))
  if (auth?.length !== 16) return Effect.fail(new MastodonError.InvalidArgument({ argument: "keys.auth", reason: "not a 16-byte auth secret" }))
  const rs = options?.recordSize ?? 4096
  if (!Number.isInteger(rs) || rs < 18) return Effect.fail(new MastodonError.InvalidArgument({ argument: "recordSize", reason: "a record holds at least 18 bytes" }))
  const bytes = typeof plaintext === "string" ? new TextEncoder().encode(plaintext) : plaintext
  return Effect.tryPromise({
    try: () => Crypto.encrypt(bytes, { publicRaw, auth }, { recordSize: rs }),
    catch: () => new MastodonError.InvalidArgument({ argument: "keys.p256dh", reason: "not a point on P-256" })
  })
}
