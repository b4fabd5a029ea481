/**
 * `POST /api/v1/follows` (docs: methods/follows): follow an account by its `username@domain`.
 * Mastodon removed it in 3.0, so only an instance configured older than that answers it.
 *
 * @internal
 */
import * as P from "../params.js"
import * as Render from "../render.js"
import { error, json, notFound, type RouteDef, userRoute } from "../route.js"
import { follow } from "./accounts.js"

/** The remote-follow route. */
export const routes: ReadonlyArray<RouteDef> = [
  userRoute("POST", "/api/v1/follows", ["write:follows", "follow"], (ctx) => {
    if (Render.since(ctx.state, "3.0.0")) return notFound()
    const uri = (P.str(ctx.body, "uri") ?? "").trim().replace(/^@/, "").replace(/^acct:/, "")
    if (uri === "") return error(422, "Validation failed: Uri can't be blank")
    const [user, domain] = uri.split("@")
    const local = domain === undefined || domain.toLowerCase() === ctx.url.host.toLowerCase()
    const other = ctx.state.byHandle(local ? user ?? "" : uri)
    if (other === undefined) return notFound()
    const refused = follow(ctx.state, ctx.user, other, ctx.body)
    return refused ?? json(Render.account(ctx.state, other, ctx.origin))
  })
]
