/**
 * The poll endpoints (`/api/v1/polls/:id`): read a poll and vote in it. See the Mastodon docs,
 * methods/polls. Polls are attached to statuses with `Statuses.post({ poll })`.
 *
 * @since 0.1.0
 */
import * as Id from "@mastodon-effect/core/Id"
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as PollEntity from "@mastodon-effect/core/Poll"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Argument from "./Argument.js"
import * as Endpoint from "./Endpoint.js"

// ---------------------------------------------------------------------------------------------
// Declarations
// ---------------------------------------------------------------------------------------------

/** The declaration behind {@link get}: `GET /api/v1/polls/:id`. @since 0.1.0 */
export const getEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "polls.get",
  method: "GET",
  path: "/api/v1/polls/:id",
  response: PollEntity.Poll,
  auth: "optional",
  scopes: ["read:statuses"],
  versions: { added: "2.8.0" }
})

/** The declaration behind {@link vote}: `POST /api/v1/polls/:id/votes`. @since 0.1.0 */
export const voteEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "polls.vote",
  method: "POST",
  path: "/api/v1/polls/:id/votes",
  body: /* @__PURE__ */ Schema.Struct({
    choices: /* @__PURE__ */ Schema.Array(Argument.WholeNumber(0)).pipe(/* @__PURE__ */ Schema.minItems(1, { message: () => "no choice given" }))
  }),
  response: PollEntity.Poll,
  auth: "user",
  scopes: ["write:statuses"],
  versions: { added: "2.8.0" }
})

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * A poll (public when its status is); `voted` and `own_votes` come with a token.
 *
 * @since 0.1.0
 */
export const get = (id: Id.IdOrEntity<Id.PollId>): Endpoint.Call<PollEntity.Poll> =>
  Endpoint.call(getEndpoint, { path: { id: Id.idOf(id) } })

/**
 * Why `choices` cannot be voted in `poll` at `now`, or undefined when they can: none, a choice out
 * of range or repeated, several in a single-choice poll, or an expired poll.
 *
 * @since 0.1.0
 */
export const checkChoices = (poll: PollEntity.Poll, choices: ReadonlyArray<number>, now: number): MastodonError.InvalidArgument | undefined => {
  if (choices.length === 0) return Argument.invalid("choices", "no choice given")
  const bad = choices.findIndex((c) => !Number.isInteger(c) || c < 0 || c >= poll.options.length)
  if (bad >= 0) {
    return Argument.invalid(`choices[${bad}]`, `${choices[bad]} is not an option of the poll (0 to ${poll.options.length - 1})`)
  }
  if (new Set(choices).size !== choices.length) return Argument.invalid("choices", "a choice is given twice")
  if (!poll.multiple && choices.length > 1) return Argument.invalid("choices", `${choices.length} choices in a single-choice poll`)
  if (poll.expired || (poll.expires_at !== null && DateTime.toEpochMillis(poll.expires_at) <= now)) {
    return Argument.invalid("poll", "the poll has ended")
  }
  return undefined
}

/**
 * Vote in a poll; `choices` are indexes into its options. The choices are checked against the
 * poll before anything is sent (out of range, several in a single-choice poll, an expired poll:
 * `InvalidArgument`). Given a `Poll`, that poll is used for the check; given an id, the poll is
 * read first.
 *
 * @example
 * import { Polls } from "@mastodon-effect/http"
 * import type { Status } from "@mastodon-effect/core"
 * import * as Effect from "effect/Effect"
 * declare const status: Status.Status
 * const voted = status.poll ? Polls.vote(status.poll, [0]) : Effect.void
 *
 * @since 0.1.0
 */
export const vote = (poll: PollEntity.Poll | Id.IdOrEntity<Id.PollId>, choices: ReadonlyArray<number>): Endpoint.Call<PollEntity.Poll> =>
  Effect.gen(function*() {
    const known = typeof poll === "object" && "options" in poll ? poll : yield* get(poll)
    const problem = checkChoices(known, choices, yield* Clock.currentTimeMillis)
    if (problem !== undefined) return yield* Effect.fail(problem)
    return yield* Endpoint.call(voteEndpoint, { path: { id: known.id }, body: { choices } })
  })
