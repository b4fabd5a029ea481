/**
 * Where a signed-in session is kept between runs: a small service holding one token entry, with a
 * memory implementation (tests, short-lived programs) and a file one (a JSON file readable by its
 * owner only, mode 0600).
 *
 * In memory the tokens stay `Redacted`; only the file holds their plain value.
 *
 * @since 0.1.0
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Token from "@mastodon-effect/core/Token"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import * as SecretFile from "./internal/secretFile.js"

/**
 * A saved session: the server, the token and what it grants, and optionally the app credentials
 * needed to refresh or revoke it. The JSON form (the file's content) holds the secrets in clear.
 *
 * @since 0.1.0
 */
export const Entry = /* @__PURE__ */ Schema.Struct({
  /** The server's base URL. */
  url: Schema.String,
  access_token: /* @__PURE__ */ Schema.Redacted(Schema.String),
  refresh_token: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Redacted(Schema.String)),
  /** The granted scopes, space-separated. */
  scope: Schema.String,
  /** When the token was issued; ISO 8601 in the file. */
  created_at: /* @__PURE__ */ Schema.optional(Schema.DateTimeUtc),
  /** The app that obtained the token, to refresh or revoke it later. */
  client_id: /* @__PURE__ */ Schema.optional(Schema.String),
  client_secret: /* @__PURE__ */ Schema.optional(/* @__PURE__ */ Schema.Redacted(Schema.String))
}).annotations({ identifier: "TokenStore.Entry" })

/**
 * The decoded form of {@link Entry}.
 *
 * @since 0.1.0
 */
export interface Entry extends Schema.Schema.Type<typeof Entry> {}

/**
 * An entry for a token issued by a server, optionally with the app's credentials.
 *
 * @example
 * import { TokenStore } from "@mastodon-effect/http"
 * import type { Token } from "@mastodon-effect/core"
 * declare const token: Token.Token
 * const entry = TokenStore.fromToken("https://mastodon.example", token)
 *
 * @since 0.1.0
 */
export const fromToken = (
  url: string | URL,
  token: Token.Token,
  app?: { readonly client_id: string; readonly client_secret: Redacted.Redacted<string> }
): Entry => ({
  url: url.toString(),
  access_token: token.access_token,
  scope: token.scope,
  ...(token.refresh_token === undefined ? {} : { refresh_token: token.refresh_token }),
  ...(token.created_at === undefined ? {} : { created_at: token.created_at }),
  ...(app === undefined ? {} : { client_id: app.client_id, client_secret: app.client_secret })
})

/**
 * A store that could not be read or written: a missing directory, no permission, a file that is
 * not a saved entry. The message names the file and the reason, never a token.
 *
 * @since 0.1.0
 */
export class TokenStoreError extends Schema.TaggedError<TokenStoreError>()("TokenStoreError", {
  operation: /* @__PURE__ */ Schema.Literal("save", "load", "clear"),
  path: /* @__PURE__ */ Schema.optional(Schema.String),
  reason: Schema.String
}) {
  override get message(): string {
    const where = this.path === undefined ? "" : ` ${this.path}`
    return `Token store could not ${this.operation}${where}: ${this.reason}`
  }
}

/**
 * The token store service.
 *
 * @since 0.1.0
 */
export interface Service {
  /** Replace the saved entry. */
  readonly save: (entry: Entry) => Effect.Effect<void, TokenStoreError>
  /** The saved entry, `None` when nothing is saved. */
  readonly load: Effect.Effect<Option.Option<Entry>, TokenStoreError>
  /** Forget the saved entry (nothing saved is fine). */
  readonly clear: Effect.Effect<void, TokenStoreError>
}

/**
 * The token store tag.
 *
 * @example
 * import { TokenStore } from "@mastodon-effect/http"
 * import * as Effect from "effect/Effect"
 * const saved = Effect.flatMap(TokenStore.TokenStore, (store) => store.load)
 *
 * @since 0.1.0
 */
export class TokenStore extends Context.Tag("@mastodon-effect/http/TokenStore")<TokenStore, Service>() {}

/**
 * Save an entry in the store of the context.
 *
 * @since 0.1.0
 */
export const save = (entry: Entry): Effect.Effect<void, TokenStoreError, TokenStore> =>
  Effect.flatMap(TokenStore, (store) => store.save(entry))

/**
 * The entry in the store of the context.
 *
 * @since 0.1.0
 */
export const load: Effect.Effect<Option.Option<Entry>, TokenStoreError, TokenStore> = Effect.flatMap(
  TokenStore,
  (store) => store.load
)

/**
 * Forget the entry in the store of the context.
 *
 * @since 0.1.0
 */
export const clear: Effect.Effect<void, TokenStoreError, TokenStore> = Effect.flatMap(TokenStore, (store) => store.clear)

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
export const layerMemory = (initial?: Entry): Layer.Layer<TokenStore> => Layer.effect(TokenStore, makeMemory(initial))

/**
 * A store in a JSON file at `path`. The file is written to a new sibling temporary file, created
 * exclusively (a planted file or symlink is never followed) with mode 0600, and then renamed over
 * the old one, so it is never readable by others nor left half written. A missing file loads as
 * `None`; an unreadable or corrupt one is a `TokenStoreError`.
 *
 * @since 0.1.0
 */
export const makeFile = (path: string): Effect.Effect<Service, never, FileSystem.FileSystem> =>
  SecretFile.make(Entry, path, {
    what: "a saved token",
    fail: (operation, reason) => new TokenStoreError({ operation, path, reason })
  })

/**
 * A layer with a file store at `path` (needs a `FileSystem`, e.g. `NodeFileSystem.layer`).
 *
 * @example
 * import { TokenStore } from "@mastodon-effect/http"
 * import { NodeFileSystem } from "@effect/platform-node"
 * import * as Layer from "effect/Layer"
 * const store = TokenStore.layerFile(".mastodon-token.json").pipe(Layer.provide(NodeFileSystem.layer))
 *
 * @since 0.1.0
 */
export const layerFile = (path: string): Layer.Layer<TokenStore, never, FileSystem.FileSystem> =>
  Layer.effect(TokenStore, makeFile(path))
