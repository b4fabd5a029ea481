/**
 * Update the signed-in profile: metadata fields and an avatar read from a file, and the typed
 * errors of bad input (a file that is not an image, more fields than the server allows).
 *
 *   npx tsx examples/src/update-profile.ts
 *   MASTODON_URL=… MASTODON_ACCESS_TOKEN=… npx tsx examples/src/update-profile.ts --avatar me.png --really
 *
 * The embedded instance by default (the avatar is a 1×1 PNG written to a temporary file). On your
 * own server the failing calls change nothing, and the real update needs `--avatar` and `--really`.
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Accounts from "@mastodon-effect/http/Accounts"
import * as Instance from "@mastodon-effect/http/Instance"
import * as Upload from "@mastodon-effect/http/Upload"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Cli from "./support/cli.js"
import * as Target from "./support/target.js"

// The smallest valid PNG: one transparent pixel.
const pixel = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0)
)

const fields = [
  { name: "Website", value: "https://example.org" },
  { name: "Made with", value: "mastodon-effect" }
]

const program = Effect.gen(function*() {
  const target = yield* Target.CurrentTarget
  const fs = yield* FileSystem.FileSystem
  // A directory removed when the program's scope closes, whatever happens.
  const dir = yield* fs.makeTempDirectoryScoped({ prefix: "update-profile-" })

  // 1. Not an image: refused from the file's first bytes, before anything is sent.
  yield* fs.writeFileString(`${dir}/notes.txt`, "not a picture\n")
  yield* Upload.fromPath(`${dir}/notes.txt`, { argument: "avatar" }).pipe(
    Effect.flatMap(() => Console.log("1. notes.txt was accepted?!")),
    Effect.catchTag("InvalidArgument", (e) => Console.log(`1. InvalidArgument (${e.argument}): ${e.reason}`))
  )

  // 2. Too many fields. The server says how many it takes (4 on a default Mastodon)...
  const instance = yield* Instance.get()
  const max = instance.configuration?.accounts?.max_profile_fields ?? 4
  const tooMany = Array.from({ length: max + 1 }, (_, i) => ({ name: `Field ${i + 1}`, value: "x" }))
  // ...given as an option, the limit is checked before sending: InvalidArgument, no request.
  yield* Accounts.updateCredentials({ fields_attributes: tooMany }, { maxProfileFields: max }).pipe(
    Effect.flatMap(() => Console.log("2. accepted?!")),
    Effect.catchTag("InvalidArgument", (e) => Console.log(`2. ${max + 1} fields, checked here: InvalidArgument: ${e.reason}`))
  )
  // ...without it, the server refuses the whole update with a 422 and changes nothing.
  yield* Accounts.updateCredentials({ fields_attributes: tooMany }).pipe(
    Effect.flatMap(() => Console.log("3. accepted?!")),
    Effect.catchTag("UnprocessableEntity", (e) => Console.log(`3. ${max + 1} fields, checked by the server: UnprocessableEntity: ${e.error}`))
  )

  // 4. The real update: fields and an avatar read from a file.
  const avatarPath = Cli.option("avatar")
  if (target._tag === "Remote" && (Option.isNone(avatarPath) || !Cli.flag("really"))) {
    return yield* Console.log(`4. Skipped on ${target.url}: pass --avatar <file> and --really to update your profile`)
  }
  const path = yield* Option.match(avatarPath, {
    onSome: Effect.succeed,
    onNone: () => Effect.as(fs.writeFile(`${dir}/avatar.png`, pixel), `${dir}/avatar.png`)
  })
  const avatar = yield* Upload.fromPath(path, { argument: "avatar" })
  const me = yield* Accounts.updateCredentials({ avatar, fields_attributes: fields }, { maxProfileFields: max })
  yield* Console.log(`4. Updated @${me.acct}: avatar ${me.avatar}`)
  // `fields` holds the server's HTML; `source.fields` the plain text as typed.
  for (const field of me.source.fields) yield* Console.log(`   ${field.name}: ${field.value}`)
})

const layer = Target.clientLayer().pipe(
  Layer.provideMerge(Target.layer()),
  Layer.provideMerge(Layer.merge(FetchHttpClient.layer, NodeFileSystem.layer))
)

// `scoped` closes the temporary directory's scope when the program ends.
Cli.main(program.pipe(Effect.scoped, Effect.provide(layer)))
