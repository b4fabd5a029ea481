/**
 * `/api/v1/polls` (docs: methods/polls): reading a poll and voting, with the server's checks
 * (expired, unknown choice, own poll, already voted) and expiry on the Effect clock.
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import * as P from "../params.js"
import { type Ctx, error, json, notFound, publicRoute, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { pair } from "../state.js"
import * as StatusRender from "../statuses/render.js"
import { canSee, type PollRow, pollExpired, storeOf } from "../statuses/store.js"

/** The poll of `:id` when its status may be seen by the caller. */
const visiblePoll = (ctx: Ctx): PollRow | undefined => {
  const poll = storeOf(ctx.state).polls.get(ctx.path["id"] ?? "")
  if (poll === undefined) return undefined
  const status = ctx.state.statuses.get(poll.status)
  return status !== undefined && canSee(ctx.state, status, ctx.user) ? poll : undefined
}

const vote = (ctx: UserCtx): Reply => {
  const poll = visiblePoll(ctx)
  if (poll === undefined) return notFound()
  const state = ctx.state
  const owner = state.statuses.get(poll.status)?.account ?? -1
  if (state.blocks.has(pair(ctx.user.idx, owner)) || state.blocks.has(pair(owner, ctx.user.idx))) return error(403, "This action is not allowed")
  const raw = P.list(ctx.body, "choices")
  if (raw.length === 0) return error(400, "param is missing or the value is empty: choices")
  const previous = poll.voters.get(ctx.user.idx) ?? []
  const accepted: Array<number> = []
  // Each choice is one vote, validated in turn: the first invalid one fails the whole request.
  for (const c of raw) {
    const choice = /^\d+$/.test(c.trim()) ? Number(c) : -1
    const problems: Array<string> = []
    if (pollExpired(poll, ctx.now)) problems.push("The poll has already ended")
    if (choice < 0 || choice >= poll.options.length) problems.push("The chosen vote option does not exist")
    if (owner === ctx.user.idx) problems.push("You cannot vote in your own polls")
    const already = poll.multiple
      ? previous.includes(choice) || accepted.includes(choice)
      : previous.length > 0 || accepted.length > 0
    if (already) problems.push("You have already voted on this poll")
    if (problems.length > 0) return error(422, `Validation failed: ${problems.join(", ")}`)
    accepted.push(choice)
  }
  for (const c of accepted) poll.votes[c] = (poll.votes[c] ?? 0) + 1
  poll.voters.set(ctx.user.idx, [...previous, ...accepted])
  return json(StatusRender.poll(state, poll, ctx.user, ctx.now))
}

/** The poll routes. */
export const routes: ReadonlyArray<RouteDef> = [
  publicRoute("GET", "/api/v1/polls/:id", (ctx) => {
    if (ctx.token !== undefined && !Scope.satisfiesAny(ctx.token.scopes, ["read:statuses"])) {
      return error(403, "This action is outside the authorized scopes")
    }
    const poll = visiblePoll(ctx)
    return poll === undefined ? notFound() : json(StatusRender.poll(ctx.state, poll, ctx.user, ctx.now))
  }, "2.8.0"),
  userRoute("POST", "/api/v1/polls/:id/votes", ["write:statuses"], vote, { since: "2.8.0" })
]
