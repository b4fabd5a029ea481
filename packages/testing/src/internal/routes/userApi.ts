/**
 * The smaller user API groups: domain blocks, reports, preferences, custom emoji, instance
 * languages, `/health`, oEmbed, NodeInfo, async refreshes and annual reports.
 *
 * @internal
 */
import { infoOf } from "../instanceInfo.js"
import * as P from "../params.js"
import * as Render from "../render.js"
import { addReport, renderReport } from "../reports.js"
import { cursorOf, type Ctx, error, json, linkHeader, notFound, publicRoute, type Reply, type RouteDef, type UserCtx, userRoute } from "../route.js"
import type { AccountRow, State } from "../state.js"
import { slice } from "../edge.js"
import { alive, canSee, extOf } from "../statuses/store.js"
import { type AnnualReportRow, userDataOf } from "../userData.js"

// ---------------------------------------------------------------------------------------------
// Domain blocks
// ---------------------------------------------------------------------------------------------

/** The account's domain-block records, in step with its set of blocked domains (Seed writes the set). */
const domainRecords = (state: State, a: AccountRow) => {
  const data = userDataOf(state)
  const blocked = a.domainBlocks ?? new Set<string>()
  const records = (data.domainBlocks.get(a.idx) ?? []).filter((r) => blocked.has(r.domain))
  for (const domain of blocked) if (!records.some((r) => r.domain === domain)) records.push({ id: state.nextRecordId(), domain })
  records.sort((x, y) => x.id - y.id)
  data.domainBlocks.set(a.idx, records)
  return records
}

const normalizeDomain = (raw: string | undefined): string | undefined => {
  const d = raw?.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "")
  return d === undefined || d === "" ? undefined : d
}

/** Paged by block record ids; the `prev` link uses `since_id`, as the docs' example shows. */
const listDomainBlocks = (ctx: UserCtx): Reply => {
  const records = domainRecords(ctx.state, ctx.user)
  const cursor = cursorOf(ctx, 100, 200)
  const page = slice(records.map((r) => r.id), cursor)
  const items = page.indexes.map((i) => records[i]!)
  return json(
    items.map((r) => r.domain),
    200,
    linkHeader(ctx, { newest: items[0] && String(items[0].id), oldest: items.at(-1) && String(items.at(-1)!.id), hasOlder: page.hasOlder, hasNewer: page.hasNewer }, cursor.limit, "since_id")
  )
}

const blockDomain = (ctx: UserCtx): Reply => {
  const domain = normalizeDomain(P.str(ctx.params, "domain"))
  if (domain === undefined) return error(422, "Validation failed: Domain can't be blank")
  if (domain === new URL(ctx.origin).host.toLowerCase()) return error(422, "Validation failed: Domain is not a remote domain")
  const user = ctx.user
  if (!(user.domainBlocks?.has(domain) ?? false)) {
    ;(user.domainBlocks ??= new Set()).add(domain)
    domainRecords(ctx.state, user)
    // Mastodon removes the followers the user has on that domain.
    for (const a of ctx.state.accounts) {
      if (a !== undefined && a.domain?.toLowerCase() === domain) ctx.state.removeFollow(a, user)
    }
  }
  return json({})
}

const unblockDomain = (ctx: UserCtx): Reply => {
  const domain = normalizeDomain(P.str(ctx.params, "domain"))
  if (domain === undefined) return error(422, "Validation failed: Domain can't be blank")
  ctx.user.domainBlocks?.delete(domain)
  domainRecords(ctx.state, ctx.user)
  return json({})
}

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

const categories: ReadonlyArray<string> = ["spam", "legal", "violation", "other"]

const createReport = (ctx: UserCtx): Reply => {
  const target = ctx.state.account(P.str(ctx.body, "account_id"))
  if (target === undefined) return notFound()
  const comment = P.str(ctx.body, "comment") ?? ""
  if (comment.length > 1000) return error(422, "Validation failed: Comment is too long (maximum is 1000 characters)")
  const ruleIds = P.list(ctx.body, "rule_ids")
  const rules = infoOf(ctx.state).rules.map((r) => r.id)
  if (ruleIds.some((id) => !rules.includes(id))) return error(422, "Validation failed: Rule ids are invalid")
  const category = P.str(ctx.body, "category") ?? (ruleIds.length > 0 ? "violation" : "other")
  if (!categories.includes(category)) return error(422, `'${category}' is not a valid category`)
  if (category === "violation" && ruleIds.length === 0) return error(422, "Validation failed: Rule ids can't be blank")
  // Only the reported account's own statuses that the reporter can see are attached.
  const statusIds = P.list(ctx.body, "status_ids").filter((id) => {
    const s = ctx.state.statuses.get(id)
    return s !== undefined && s.account === target.idx && canSee(ctx.state, s, ctx.user)
  })
  const collectionIds = P.list(ctx.body, "collection_ids").filter((id) => userDataOf(ctx.state).collections.get(id)?.account === target.idx)
  // The report store is shared with the admin routes: moderators see what users file.
  const report = addReport(ctx.state, {
    account: ctx.user.idx,
    target: target.idx,
    status_ids: statusIds,
    collection_ids: collectionIds,
    rule_ids: category === "violation" ? ruleIds : [],
    comment,
    category,
    forwarded: target.domain !== null && P.bool(ctx.body, "forward") === true,
    created_at: ctx.now,
    updated_at: ctx.now,
    action_taken_at: null,
    action_taken_by: null,
    assigned_account: null
  })
  return json(renderReport(report, Render.iso, Render.account(ctx.state, target, ctx.origin)))
}

// ---------------------------------------------------------------------------------------------
// Preferences, custom emoji, languages, health
// ---------------------------------------------------------------------------------------------

const preferences = (ctx: UserCtx): Reply =>
  json({
    "posting:default:visibility": ctx.user.privacy,
    "posting:default:sensitive": ctx.user.sensitive,
    "posting:default:language": ctx.user.language,
    ...Render.whenSince(ctx.state, "4.5.0", { "posting:default:quote_policy": ctx.user.quote_policy }),
    "reading:expand:media": "default",
    "reading:expand:spoilers": false,
    "reading:autoplay:gifs": false
  })

const customEmojis = (ctx: Ctx): Reply =>
  json(
    userDataOf(ctx.state).emojis.map((e) => ({
      shortcode: e.shortcode,
      url: e.url,
      static_url: e.url,
      visible_in_picker: e.visible_in_picker,
      ...Render.whenSince(ctx.state, "3.0.0", { category: e.category })
    }))
  )

/** The languages the fake knows (a short list; Mastodon has about 140). */
export const languageNames: ReadonlyArray<readonly [string, string]> = [
  ["ar", "Arabic"], ["ca", "Catalan"], ["de", "German"], ["en", "English"], ["es", "Spanish"], ["eu", "Basque"],
  ["fr", "French"], ["it", "Italian"], ["ja", "Japanese"], ["ko", "Korean"], ["nl", "Dutch"], ["pl", "Polish"],
  ["pt", "Portuguese"], ["ru", "Russian"], ["sv", "Swedish"], ["uk", "Ukrainian"], ["zh", "Chinese"]
]

const languages = (): Reply => json(languageNames.map(([code, name]) => ({ code, name })))

const health = (): Reply => ({ status: 200, body: "OK", contentType: "text/plain; charset=utf-8" })

// ---------------------------------------------------------------------------------------------
// oEmbed and NodeInfo
// ---------------------------------------------------------------------------------------------

const oembed = (ctx: Ctx): Reply => {
  const raw = P.str(ctx.query, "url") ?? ""
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return notFound()
  }
  if (url.origin !== new URL(ctx.origin).origin) return notFound()
  const id = /^\/(?:@[^/]+|users\/[^/]+\/statuses)\/(\d+)\/?$/.exec(url.pathname)?.[1]
  const s = id === undefined ? undefined : ctx.state.statuses.get(id)
  const author = s === undefined ? undefined : ctx.state.accounts[s.account]
  if (s === undefined || author === undefined || author.domain !== null || !alive(ctx.state, s) || s.reblog !== undefined) return notFound()
  if (s.visibility !== "public" && s.visibility !== "unlisted") return notFound()
  if (!url.pathname.startsWith(`/@${author.username}/`) && !url.pathname.startsWith(`/users/${author.username}/`)) return notFound()
  const maxwidth = P.int(ctx.query, "maxwidth")
  const width = maxwidth !== undefined && maxwidth > 0 ? Math.min(maxwidth, 400) : 400
  const embed = `${ctx.origin}/@${author.username}/${s.idStr}/embed`
  return json({
    type: "rich",
    version: "1.0",
    title: `New status by ${author.username}`,
    author_name: author.display_name !== "" ? author.display_name : author.username,
    author_url: `${ctx.origin}/@${author.username}`,
    provider_name: new URL(ctx.origin).host,
    provider_url: `${ctx.origin}/`,
    cache_age: 86400,
    html: `<blockquote class="mastodon-embed" data-embed-url="${embed}"><a href="${ctx.origin}/@${author.username}/${s.idStr}">${Render.textToHtml(s.text)}</a></blockquote><script data-allowed-prefixes="${ctx.origin}/" async src="${ctx.origin}/embed.js"></script>`,
    width,
    height: null
  })
}

const nodeinfoDiscovery = (ctx: Ctx): Reply =>
  json({ links: [{ rel: "http://nodeinfo.diaspora.software/ns/schema/2.0", href: `${ctx.origin}/nodeinfo/2.0` }] })

const nodeinfo = (ctx: Ctx): Reply => {
  const state = ctx.state
  let users = 0
  let posts = 0
  for (const a of state.accounts) {
    if (a === undefined || a.domain !== null) continue
    users++
    posts += a.statuses?.length ?? 0
  }
  return {
    ...json({
      version: "2.0",
      software: { name: "mastodon", version: state.options.version },
      protocols: ["activitypub"],
      services: { outbound: [], inbound: [] },
      usage: { users: { total: users, activeMonth: users, activeHalfyear: users }, localPosts: posts },
      openRegistrations: state.options.registrations !== "closed",
      metadata: { nodeName: state.options.title, nodeDescription: "" }
    }),
    contentType: "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.0#\"; charset=utf-8"
  }
}

// ---------------------------------------------------------------------------------------------
// Async refreshes
// ---------------------------------------------------------------------------------------------

const asyncRefresh = (ctx: UserCtx): Reply => {
  const r = userDataOf(ctx.state).asyncRefreshes.get(ctx.path["id"] ?? "")
  if (r === undefined || r.account !== ctx.user.idx) return notFound()
  const finished = ctx.now >= r.finishesAt
  return json({ async_refresh: { id: r.id, status: finished ? "finished" : "running", result_count: finished ? r.resultCount : null } })
}

// ---------------------------------------------------------------------------------------------
// Annual reports
// ---------------------------------------------------------------------------------------------

/** How long generating a report takes on the fake (Effect clock). */
export const annualReportGenerationMillis = 2_000

const yearOf = (ctx: Ctx): number | undefined => {
  const y = ctx.path["year"]
  return y !== undefined && /^\d{4}$/.test(y) ? Number(y) : undefined
}

const statusesIn = (a: AccountRow, year: number) =>
  (a.statuses ?? []).filter((s) => new Date(s.created_at).getUTCFullYear() === year)

/** `generating` turns into `available` once its time has come. */
const reportRow = (ctx: UserCtx, year: number): AnnualReportRow | undefined => {
  const row = userDataOf(ctx.state).annualReports.get(`${ctx.user.idx}:${year}`)
  if (row !== undefined && row.state === "generating" && ctx.now >= row.readyAt) row.state = "available"
  return row
}

const stateOf = (ctx: UserCtx, year: number): string => {
  const row = reportRow(ctx, year)
  if (row !== undefined) return row.state
  // Eligible: a past or current year in which the user posted.
  return year <= new Date(ctx.now).getUTCFullYear() && statusesIn(ctx.user, year).length > 0 ? "eligible" : "ineligible"
}

const renderAnnual = (ctx: UserCtx, year: number) => {
  const own = statusesIn(ctx.user, year).filter((s) => s.reblog === undefined)
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, statuses: 0, followers: 0, following: 0 }))
  const tags = new Map<string, number>()
  for (const s of statusesIn(ctx.user, year)) {
    months[new Date(s.created_at).getUTCMonth()]!.statuses++
    for (const t of s.tags) tags.set(t.toLowerCase(), (tags.get(t.toLowerCase()) ?? 0) + 1)
  }
  const top = (score: (s: (typeof own)[number]) => number) => {
    let best: (typeof own)[number] | undefined
    for (const s of own) if (score(s) > 0 && (best === undefined || score(s) > score(best))) best = s
    return best?.idStr ?? null
  }
  const boosts = statusesIn(ctx.user, year).length - own.length
  const replies = own.filter((s) => s.inReplyTo !== undefined).length
  const archetype = own.length === 0 ? "lurker" : boosts > own.length ? "booster" : replies * 2 > own.length ? "replier" : "oracle"
  const topStatuses = {
    by_reblogs: top((s) => extOf(ctx.state, s).reblogs.length),
    by_favourites: top((s) => extOf(ctx.state, s).favourites.size),
    by_replies: top((s) => extOf(ctx.state, s).replies.length)
  }
  const mentioned = [topStatuses.by_reblogs, topStatuses.by_favourites, topStatuses.by_replies].filter((x): x is string => x !== null)
  return {
    report: {
      year,
      account_id: ctx.user.id,
      schema_version: 2,
      share_url: `${ctx.origin}/@${ctx.user.username}/wrapstodon/${year}`,
      data: {
        archetype,
        time_series: months,
        top_hashtags: [...tags.entries()].sort((a, b) => b[1] - a[1]).slice(0, 1).map(([name, count]) => ({ name, count })),
        top_statuses: topStatuses
      }
    },
    statuses: [...new Set(mentioned)]
  }
}

const wrapped = (ctx: UserCtx, years: ReadonlyArray<number>): Reply => {
  const reports = years.map((y) => renderAnnual(ctx, y))
  const statusIds = [...new Set(reports.flatMap((r) => r.statuses))]
  return json({
    annual_reports: reports.map((r) => r.report),
    accounts: reports.length === 0 ? [] : [Render.account(ctx.state, ctx.user, ctx.origin)],
    statuses: statusIds.flatMap((id) => {
      const s = ctx.state.statuses.get(id)
      return s === undefined ? [] : [Render.status(ctx.state, s, ctx.origin, ctx.user)]
    })
  })
}

const listAnnual = (ctx: UserCtx): Reply => {
  const years: Array<number> = []
  for (const [key] of userDataOf(ctx.state).annualReports) {
    const [account, year] = key.split(":")
    if (Number(account) === ctx.user.idx && reportRow(ctx, Number(year))?.state === "available") years.push(Number(year))
  }
  return wrapped(ctx, years.sort((a, b) => b - a))
}

const getAnnual = (ctx: UserCtx): Reply => {
  const year = yearOf(ctx)
  if (year === undefined) return notFound()
  return wrapped(ctx, reportRow(ctx, year)?.state === "available" ? [year] : [])
}

const annualState = (ctx: UserCtx): Reply => {
  const year = yearOf(ctx)
  return year === undefined ? notFound() : json({ state: stateOf(ctx, year) })
}

const generateAnnual = (ctx: UserCtx): Reply => {
  const year = yearOf(ctx)
  if (year === undefined) return notFound()
  const state = stateOf(ctx, year)
  if (state === "eligible") {
    userDataOf(ctx.state).annualReports.set(`${ctx.user.idx}:${year}`, { state: "generating", readyAt: ctx.now + annualReportGenerationMillis, read: false })
    return { ...json({}), status: 202 }
  }
  return state === "generating" ? { ...json({}), status: 202 } : json({})
}

const readAnnual = (ctx: UserCtx): Reply => {
  const year = yearOf(ctx)
  const row = year === undefined ? undefined : reportRow(ctx, year)
  if (row === undefined || row.state !== "available") return notFound()
  row.read = true
  return json({})
}

export const routes: ReadonlyArray<RouteDef> = [
  userRoute("GET", "/api/v1/domain_blocks", ["read:blocks", "follow"], listDomainBlocks),
  userRoute("POST", "/api/v1/domain_blocks", ["write:blocks", "follow"], blockDomain),
  userRoute("DELETE", "/api/v1/domain_blocks", ["write:blocks", "follow"], unblockDomain),
  userRoute("POST", "/api/v1/reports", ["write:reports"], createReport),
  userRoute("GET", "/api/v1/preferences", ["read:accounts"], preferences, { since: "2.8.0" }),
  publicRoute("GET", "/api/v1/custom_emojis", customEmojis, "2.0.0"),
  publicRoute("GET", "/api/v1/instance/languages", languages, "4.2.0"),
  publicRoute("GET", "/health", health, "3.0.0"),
  publicRoute("GET", "/api/oembed", oembed),
  publicRoute("GET", "/.well-known/nodeinfo", nodeinfoDiscovery),
  publicRoute("GET", "/nodeinfo/2.0", nodeinfo),
  userRoute("GET", "/api/v1_alpha/async_refreshes/:id", ["read"], asyncRefresh, { since: "4.4.0" }),
  userRoute("GET", "/api/v1/annual_reports", ["read:accounts"], listAnnual, { since: "4.3.0" }),
  userRoute("GET", "/api/v1/annual_reports/:year", ["read:accounts"], getAnnual, { since: "4.4.0" }),
  userRoute("GET", "/api/v1/annual_reports/:year/state", ["read:accounts"], annualState, { since: "4.6.0" }),
  userRoute("POST", "/api/v1/annual_reports/:year/generate", ["write:accounts"], generateAnnual, { since: "4.6.0" }),
  userRoute("POST", "/api/v1/annual_reports/:year/read", ["write:accounts"], readAnnual, { since: "4.3.0" })
]
