/**
 * A JSON file holding secrets (a token, an app's credentials): written to a new sibling temporary
 * file created exclusively with mode 0600, then renamed over the old one, so it is never readable
 * by others, never written through a planted symlink, and never left half written. Read back
 * through a schema, with errors that name where the file is wrong but never quote its values.
 */
import type * as PlatformError from "@effect/platform/Error"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/** What a store does with its one entry. */
export interface Store<A, E> {
  readonly save: (entry: A) => Effect.Effect<void, E>
  readonly load: Effect.Effect<Option.Option<A>, E>
  readonly clear: Effect.Effect<void, E>
}

/** A random name part for the temporary file (Web Crypto: Node, Deno, Bun and browsers have it). */
const randomSuffix = (): string => {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")
}

/** Where a decode failed, without the values: they may be secrets. */
const issuePaths = (error: ParseResult.ParseError): string => {
  const paths = ParseResult.ArrayFormatter.formatErrorSync(error).map((i) => i.path.length === 0 ? "(root)" : i.path.join("."))
  return Array.from(new Set(paths)).join(", ")
}

/** A store of one entry in the JSON file at `path`. */
export const make = <A, I, E>(
  schema: Schema.Schema<A, I>,
  path: string,
  options: {
    /** What the file holds, for messages ("a saved token"). */
    readonly what: string
    readonly fail: (operation: "save" | "load" | "clear", reason: string) => E
  }
): Effect.Effect<Store<A, E>, never, FileSystem.FileSystem> =>
  Effect.map(FileSystem.FileSystem, (fs): Store<A, E> => {
    const encode = /* @__PURE__ */ Schema.encode(schema)
    const decode = /* @__PURE__ */ Schema.decodeUnknown(schema, { errors: "all" })
    const fail = (operation: "save" | "load" | "clear") => (reason: string) => options.fail(operation, reason)
    const platform = (operation: "save" | "load" | "clear") => (error: { readonly message: string }) =>
      fail(operation)(error.message)

    /**
     * Write `text` to a new sibling file and return its name. The file is created exclusively
     * (`wx`: O_CREAT | O_EXCL), so an existing file or a planted symlink at that name makes the
     * open fail instead of being followed, and it is created with mode 0600 (the umask can only
     * narrow it). The name is random, so a leftover or planted file never blocks saving: another
     * name is tried.
     */
    const writeTemporary = (text: string, attempt = 0): Effect.Effect<string, PlatformError.PlatformError> => {
      const temporary = `${path}.${randomSuffix()}.tmp`
      return fs.writeFileString(temporary, text, { flag: "wx", mode: 0o600 }).pipe(
        Effect.as(temporary),
        Effect.catchIf(
          (e) => e._tag === "SystemError" && e.reason === "AlreadyExists" && attempt < 4,
          () => writeTemporary(text, attempt + 1)
        )
      )
    }

    const save = (entry: A) =>
      Effect.gen(function*() {
        const encoded = yield* Effect.mapError(encode(entry), (e) => fail("save")(`not a valid entry at ${issuePaths(e)}`))
        const temporary = yield* Effect.mapError(writeTemporary(`${JSON.stringify(encoded, null, 2)}\n`), platform("save"))
        // rename replaces `path` itself (a symlink there is replaced, not followed); on failure the
        // temporary file, which holds the secret, is removed.
        yield* fs.rename(temporary, path).pipe(
          Effect.tapError(() => Effect.ignore(fs.remove(temporary))),
          Effect.mapError(platform("save"))
        )
      })

    const load = Effect.gen(function*() {
      if (!(yield* Effect.mapError(fs.exists(path), platform("load")))) return Option.none<A>()
      const text = yield* Effect.mapError(fs.readFileString(path), platform("load"))
      const json = yield* Effect.try({
        try: () => JSON.parse(text) as unknown,
        // The parser's message quotes the text, which holds the secret.
        catch: () => fail("load")("the file is not valid JSON")
      })
      const entry = yield* Effect.mapError(decode(json), (e) => fail("load")(`the file is not ${options.what} (at ${issuePaths(e)})`))
      return Option.some(entry)
    })

    const clear = Effect.mapError(fs.remove(path, { force: true }), platform("clear"))

    return { save, load, clear }
  })
