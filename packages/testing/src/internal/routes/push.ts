/**
 * Web Push subscriptions, one per token: subscribe (replacing the token's previous one), read,
 * change alerts and policy, unsubscribe. Deliveries are in `../push.ts`.
 *
 * @internal
 */
import * as P from "../params.js"
import { startPushing, vapidPublicKey } from "../push.js"
import * as Render from "../render.js"
import { error, json, notFound, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import { type PushRow, userDataOf } from "../userData.js"

const alertKinds: ReadonlyArray<readonly [string, string]> = [
  ["mention", "2.4.0"],
  ["status", "3.3.0"],
  ["reblog", "2.4.0"],
  ["follow", "2.4.0"],
  ["follow_request", "3.1.0"],
  ["favourite", "2.4.0"],
  ["poll", "2.8.0"],
  ["update", "3.5.0"],
  ["admin.sign_up", "3.5.0"],
  ["admin.report", "4.0.0"],
  ["quote", "4.5.0"],
  ["quoted_update", "4.5.0"]
]

const policies: ReadonlyArray<string> = ["all", "followed", "follower", "none"]

const decode = (s: string): Uint8Array | undefined => {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/")
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined
  try {
    return Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, "=")), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}

const render = (ctx: UserCtx, row: PushRow): Record<string, unknown> => {
  const alerts: Record<string, boolean> = {}
  for (const [kind, version] of alertKinds) if (Render.since(ctx.state, version)) alerts[kind] = row.alerts[kind] === true
  return {
    // A JSON number, as Mastodon sends it.
    id: row.id,
    endpoint: row.endpoint,
    ...Render.whenSince(ctx.state, "4.4.0", { standard: row.standard }),
    alerts,
    server_key: vapidPublicKey,
    ...Render.whenSince(ctx.state, "3.4.0", { policy: row.policy })
  }
}

const readAlerts = (data: P.ParamHash, previous: Record<string, boolean>): Record<string, boolean> => {
  const given = P.hash(data, "alerts")
  const alerts = { ...previous }
  for (const [kind] of alertKinds) {
    const v = P.bool(given, kind)
    if (v !== undefined) alerts[kind] = v
  }
  return alerts
}

const subscribe = (ctx: UserCtx): Reply => {
  const subscription = P.hash(ctx.body, "subscription")
  const endpoint = P.str(subscription, "endpoint") ?? ""
  const keys = P.hash(subscription, "keys")
  const p256dh = P.str(keys, "p256dh") ?? ""
  const auth = P.str(keys, "auth") ?? ""
  let url: URL | undefined
  try {
    url = new URL(endpoint)
  } catch {
    url = undefined
  }
  // 4.3 validates what it used to accept silently.
  if (Render.since(ctx.state, "4.3.0")) {
    if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) return error(422, "Validation failed: Endpoint is not a valid URL")
    if (decode(p256dh)?.length !== 65) return error(422, "Validation failed: Key p256dh is invalid")
    if (decode(auth)?.length !== 16) return error(422, "Validation failed: Key auth is invalid")
  } else if (endpoint === "" || p256dh === "" || auth === "") return error(422, "Validation failed: Endpoint can't be blank")
  const data = P.hash(ctx.body, "data")
  const policy = P.str(data, "policy") ?? "all"
  if (!policies.includes(policy)) return error(422, "Validation failed: Policy is not included in the list")
  const store = userDataOf(ctx.state)
  const row: PushRow = {
    id: store.nextNumber(),
    token: ctx.token.token,
    account: ctx.user.idx,
    endpoint,
    p256dh,
    auth,
    standard: P.bool(subscription, "standard") ?? false,
    alerts: readAlerts(data, {}),
    policy
  }
  if (store.push.size === 0) startPushing(ctx.state)
  store.push.set(ctx.token.token, row)
  return json(render(ctx, row))
}

const own = (ctx: UserCtx): PushRow | undefined => userDataOf(ctx.state).push.get(ctx.token.token)

const get = (ctx: UserCtx): Reply => {
  const row = own(ctx)
  return row === undefined ? error(404, "Record not found") : json(render(ctx, row))
}

const update = (ctx: UserCtx): Reply => {
  const row = own(ctx)
  if (row === undefined) return notFound()
  const data = P.hash(ctx.body, "data")
  const policy = P.str(data, "policy") ?? P.str(ctx.body, "policy") ?? row.policy
  if (!policies.includes(policy)) return error(422, "Validation failed: Policy is not included in the list")
  row.alerts = readAlerts(data, row.alerts)
  row.policy = policy
  return json(render(ctx, row))
}

const unsubscribe = (ctx: UserCtx): Reply => {
  userDataOf(ctx.state).push.delete(ctx.token.token)
  return json({})
}

const since = { since: "2.4.0" } as const

export const routes: ReadonlyArray<RouteDef> = [
  userRoute("POST", "/api/v1/push/subscription", ["push"], subscribe, since),
  userRoute("GET", "/api/v1/push/subscription", ["push"], get, since),
  userRoute("PUT", "/api/v1/push/subscription", ["push"], update, since),
  userRoute("DELETE", "/api/v1/push/subscription", ["push"], unsubscribe, since)
]
