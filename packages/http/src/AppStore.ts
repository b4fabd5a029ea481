/**
 * Where a registered app's credentials are kept between runs, as Mastodon.py's `to_file` keeps
 * them: register once, then log users in (or refresh and revoke their tokens) with the same
 * `client_id` and `client_secret`. A memory implementation and a file one (a JSON file readable by
 * its owner only, mode 0600, written through a fresh temporary file). The secret stays `Redacted`
 * in memory; only the file holds its plain value.
 *
 * @since 0.1.0
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import type * as Apps from "./Apps.js"
import * as SecretFile from "./internal/secretFile.js"

/**
 * A saved app: the server it is registered on and its credentials.
 *
 * @since 0.1.0
 */
export const Entry = /* @__PURE__ */ Schema.Struct({
  /** The server's base URL. */
  url: Schema.String,
  client_id: Schema.String,
  client_secret: /* @__PURE__ */ Schema.Redacted(Schema.String),
  /** The redirect URIs the app was registered with. */
  redirect_uris: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Array(Schema.String)),
  /** The scopes the app may ask for, space-separated. */
  scopes: /* @__PURE__ */ Schema.optional(Schema.String),
  /** The server's VAPID key, for Web Push subscriptions. */
  vapid_key: /* @__PURE__ */ Schema.optional(Schema.String)
}).annotations({ identifier: "AppStore.Entry" })

/**
 * The decoded form of {@link Entry}.
 *
 * @since 0.1.0
 */
export interface Entry extends Schema.Schema.Type<typeof Entry> {}

/**
 * An entry for an app as `Apps.register` answered it on a server.
 *
 * @example
 * import { AppStore, Apps } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const registerOnce = Effect.flatMap(
 *   Apps.register({ client_name: "My app", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" }),
 *   (app) => AppStore.save(AppStore.fromRegistered("https://mastodon.example", app))
 * )
 *
 * @since 0.1.0
 */
export const fromRegistered = (url: string | URL, app: Apps.RegisteredApplication): Entry => ({
  url: url.toString(),
  client_id: app.client_id,
  client_secret: app.client_secret,
  ...(app.redirect_uris === undefined ? {} : { redirect_uris: app.redirect_uris }),
  ...(app.scopes === undefined ? {} : { scopes: app.scopes.join(" ") }),
  ...(typeof app.vapid_key === "string" ? { vapid_key: app.vapid_key } : {})
})

/**
 * A store that could not be read or written. The message names the file and the reason, never the
 * secret.
 *
 * @since 0.1.0
 */
export class AppStoreError extends Schema.TaggedError<AppStoreError>()("AppStoreError", {
  operation: /* @__PURE__ */ Schema.Literal("save", "load", "clear"),
  path: /* @__PURE__ */ Schema.optional(Schema.String),
  reason: Schema.String
}) {
  override get message(): string {
    const where = this.path === undefined ? "" : ` ${this.path}`
    return `App store could not ${this.operation}${where}: ${this.reason}`
  }
}

/**
 * The app store service: one saved app.
 *
 * @since 0.1.0
 */
export interface Service extends SecretFile.Store<Entry, AppStoreError> {}

/**
 * The app store tag.
 *
 * @since 0.1.0
 */
export class AppStore extends Context.Tag("@mastodon-effect/http/AppStore")<AppStore, Service>() {}

/**
 * Save an app in the store of the context.
 *
 * @since 0.1.0
 */
export const save = (entry: Entry): Effect.Effect<void, AppStoreError, AppStore> =>
  Effect.flatMap(AppStore, (store) => store.save(entry))

/**
 * The app in the store of the context.
 *
 * @since 0.1.0
 */
export const load: Effect.Effect<Option.Option<Entry>, AppStoreError, AppStore> = Effect.flatMap(AppStore, (store) => store.load)

/**
 * Forget the app in the store of the context.
 *
 * @since 0.1.0
 */
export const clear: Effect.Effect<void, AppStoreError, AppStore> = Effect.flatMap(AppStore, (store) => store.clear)

/**
 * A store in memory, empty at start (or holding `initial`).
 *
 * @since 0.1.0
 */
export const makeMemory = (initial?: Entry): Effect.Effect<Service> =>
  Effect.map(Ref.make(Option.fromNullable(initial)), (ref) => ({
    save: (entry) => Ref.set(ref, Option.some(entry)),
    load: Ref.get(ref),
    clear: Ref.set(ref, Option.none())
  }))

/**
 * A layer with a memory store.
 *
 * @since 0.1.0
 */
export const layerMemory = (initial?: Entry): Layer.Layer<AppStore> => Layer.effect(AppStore, makeMemory(initial))

/**
 * A store in a JSON file at `path` (mode 0600, never written through a planted symlink).
 *
 * @since 0.1.0
 */
export const makeFile = (path: string): Effect.Effect<Service, never, FileSystem.FileSystem> =>
  SecretFile.make(Entry, path, {
    what: "a saved app",
    fail: (operation, reason) => new AppStoreError({ operation, path, reason })
  })

/**
 * A layer with a file store at `path` (needs a `FileSystem`, e.g. `NodeFileSystem.layer`).
 *
 * @since 0.1.0
 */
export const layerFile = (path: string): Layer.Layer<AppStore, never, FileSystem.FileSystem> =>
  Layer.effect(AppStore, makeFile(path))
