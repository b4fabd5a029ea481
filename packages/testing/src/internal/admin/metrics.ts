/**
 * The dashboard's numbers, computed from the state of the fake instance: measures (per day over a
 * range, with the total of the period before), dimensions (ranked lists) and retention cohorts.
 *
 * What the fake does not record is approximated and said so here: a user is active on a day they
 * signed up or posted; a favourite counts on the day of the status it favours; follows count on
 * the day the later of the two accounts appeared.
 *
 * @internal
 */
import { allReports } from "../reports.js"
import type { AccountRow, State, StatusRow } from "../state.js"
import * as StatusStore from "../statuses/store.js"
import { storeOf } from "./store.js"

const DAY = 86_400_000

/** Midnight (UTC) of the day of `ms`. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY) * DAY

/** A `YYYY-MM-DD` (or a longer datetime) as midnight UTC in ms, or undefined. */
export const parseDay = (s: string | undefined): number | undefined => {
  if (s === undefined || !/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined
  const ms = Date.parse(`${s.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(ms) ? undefined : ms
}

/** The days of a range, both ends included, at most a year and a day of them. */
const daysOf = (start: number, end: number): Array<number> => {
  const days: Array<number> = []
  for (let d = start; d <= end && days.length < 367; d += DAY) days.push(d)
  return days
}

const accounts = (state: State): Array<AccountRow> => state.accounts.filter((a): a is AccountRow => a !== undefined)
const statuses = (state: State): Array<StatusRow> => [...state.statuses.values()]

/** What a measure is made of: the days each counted thing falls on. */
type Counter = (state: State, param: string | undefined) => Array<{ readonly day: number; readonly n: number; readonly who?: number }>

const isLocal = (state: State, idx: number) => state.accounts[idx]?.domain === null
const onDomain = (state: State, idx: number, domain: string | undefined) =>
  domain !== undefined && state.accounts[idx]?.domain?.toLowerCase() === domain.toLowerCase()

const activity = (state: State) => [
  ...accounts(state).filter((a) => a.domain === null).map((a) => ({ day: dayOf(a.created_at), n: 1, who: a.idx })),
  ...statuses(state).filter((s) => isLocal(state, s.account)).map((s) => ({ day: dayOf(s.created_at), n: 1, who: s.account }))
]

const tagged = (state: State, tagId: string | undefined) => {
  const name = tagId === undefined ? undefined : storeOf(state).tagName(tagId)
  return name === undefined ? [] : statuses(state).filter((s) => s.tags.some((t) => t.toLowerCase() === name))
}

const counters: Readonly<Record<string, Counter>> = {
  new_users: (state) => accounts(state).filter((a) => a.domain === null).map((a) => ({ day: dayOf(a.created_at), n: 1 })),
  active_users: (state) => activity(state),
  interactions: (state) =>
    statuses(state).flatMap((s) => {
      const out: Array<{ day: number; n: number }> = []
      const target = s.reblog ?? s.inReplyTo
      if (target !== undefined && isLocal(state, target.account)) out.push({ day: dayOf(s.created_at), n: 1 })
      if (isLocal(state, s.account) && s.reblog === undefined) {
        const favourites = StatusStore.extOf(state, s).favourites.size
        if (favourites > 0) out.push({ day: dayOf(s.created_at), n: favourites })
      }
      return out
    }),
  opened_reports: (state) => allReports(state).map((r) => ({ day: dayOf(r.created_at), n: 1 })),
  resolved_reports: (state) =>
    allReports(state).flatMap((r) => r.action_taken_at === null ? [] : [{ day: dayOf(r.action_taken_at), n: 1 }]),
  tag_accounts: (state, id) => tagged(state, id).map((s) => ({ day: dayOf(s.created_at), n: 1, who: s.account })),
  tag_uses: (state, id) => tagged(state, id).map((s) => ({ day: dayOf(s.created_at), n: 1 })),
  tag_servers: (state, id) =>
    tagged(state, id).flatMap((s) => {
      const domain = state.accounts[s.account]?.domain
      return domain === null || domain === undefined ? [] : [{ day: dayOf(s.created_at), n: 1, who: domainKey(domain) }]
    }),
  instance_accounts: (state, domain) => accounts(state).filter((a) => onDomain(state, a.idx, domain)).map((a) => ({ day: dayOf(a.created_at), n: 1 })),
  instance_media_attachments: () => [],
  instance_reports: (state, domain) =>
    allReports(state).filter((r) => onDomain(state, r.target, domain)).map((r) => ({ day: dayOf(r.created_at), n: 1 })),
  instance_statuses: (state, domain) => statuses(state).filter((s) => onDomain(state, s.account, domain)).map((s) => ({ day: dayOf(s.created_at), n: 1 })),
  instance_follows: (state, domain) => follows(state, (from, to) => isLocal(state, from) && onDomain(state, to, domain)),
  instance_followers: (state, domain) => follows(state, (from, to) => onDomain(state, from, domain) && isLocal(state, to))
}

const domainKeys = new Map<string, number>()
const domainKey = (domain: string): number => {
  let k = domainKeys.get(domain)
  if (k === undefined) {
    k = domainKeys.size + 1
    domainKeys.set(domain, k)
  }
  return k
}

const follows = (state: State, keep: (from: number, to: number) => boolean) => {
  const out: Array<{ day: number; n: number }> = []
  for (const a of accounts(state)) {
    const edge = a.following
    if (edge === undefined) continue
    for (const to of edge.others) {
      if (!keep(a.idx, to)) continue
      out.push({ day: dayOf(Math.max(a.created_at, state.accounts[to]?.created_at ?? 0)), n: 1 })
    }
  }
  return out
}

/** Keys counted once per account (or server), however often it shows up in a day. */
const distinct = new Set(["active_users", "tag_accounts", "tag_servers"])
const instanceKeys = new Set([
  "instance_accounts",
  "instance_media_attachments",
  "instance_reports",
  "instance_statuses",
  "instance_follows",
  "instance_followers"
])

/** The known measure keys. */
export const measureKeys = new Set(Object.keys(counters))

const sum = (key: string, items: ReturnType<Counter>, from: number, to: number): number => {
  const inRange = items.filter((i) => i.day >= from && i.day <= to)
  if (!distinct.has(key)) return inRange.reduce((n, i) => n + i.n, 0)
  return new Set(inRange.map((i) => i.who)).size
}

/** One measure over a range of days, as an Admin::Measure. */
export const measure = (state: State, key: string, start: number, end: number, param: string | undefined): Record<string, unknown> => {
  const items = (counters[key] ?? (() => []))(state, param)
  const days = daysOf(start, end)
  const total = sum(key, items, start, end)
  const length = end - start + DAY
  const bytes = key === "instance_media_attachments"
  return {
    key,
    unit: bytes ? "bytes" : null,
    total: String(total),
    ...(bytes ? { human_value: `${total} Bytes` } : {}),
    ...(instanceKeys.has(key) ? {} : { previous_total: String(sum(key, items, start - length, start - DAY)) }),
    data: days.map((d) => ({ date: new Date(d).toISOString(), value: String(sum(key, items, d, d)) }))
  }
}

const languageName = (code: string): string => {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code
  } catch {
    return code
  }
}

const ranked = (counts: Map<string, number>, human: (k: string) => string, limit: number) =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, n]) => ({ key, human_key: human(key), value: String(n) }))

const countBy = <T>(items: Iterable<T>, keyOf: (t: T) => string | undefined): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const item of items) {
    const k = keyOf(item)
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

const humanBytes = (n: number): string => {
  const units = ["Bytes", "KB", "MB", "GB", "TB"]
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${n} Bytes` : `${v.toFixed(1)} ${units[i]}`
}

/** The known dimension keys. */
export const dimensionKeys = new Set([
  "languages",
  "sources",
  "servers",
  "space_usage",
  "software_versions",
  "tag_servers",
  "tag_languages",
  "instance_accounts",
  "instance_languages"
])

/** One dimension, as an Admin::Dimension. */
export const dimension = (
  state: State,
  key: string,
  start: number,
  end: number,
  limit: number,
  param: string | undefined
): Record<string, unknown> => {
  const inRange = statuses(state).filter((s) => s.created_at >= start && s.created_at < end + DAY)
  const local = inRange.filter((s) => isLocal(state, s.account))
  const domainOf = (s: StatusRow) => state.accounts[s.account]?.domain ?? undefined
  switch (key) {
    case "languages":
      return { key, data: ranked(countBy(local, (s) => s.language), languageName, limit) }
    case "sources":
      return {
        key,
        data: ranked(countBy(local, (s) => StatusStore.extOf(state, s).application ?? "Web"), (k) => k, limit)
      }
    case "servers":
      return { key, data: ranked(countBy(inRange, domainOf), (k) => k, limit) }
    case "tag_servers":
    case "tag_languages": {
      const uses = tagged(state, param).filter((s) => s.created_at >= start && s.created_at < end + DAY)
      return key === "tag_servers"
        ? { key, data: ranked(countBy(uses, domainOf), (k) => k, limit) }
        : { key, data: ranked(countBy(uses, (s) => s.language), languageName, limit) }
    }
    case "instance_accounts": {
      const members = accounts(state).filter((a) => onDomain(state, a.idx, param))
      const counts = new Map(members.map((a) => [a.username, a.followers?.size ?? 0]))
      return { key, data: ranked(counts, (k) => k, limit) }
    }
    case "instance_languages":
      return { key, data: ranked(countBy(inRange.filter((s) => onDomain(state, s.account, param)), (s) => s.language), languageName, limit) }
    case "space_usage": {
      let media = 0
      for (const file of state.media.values()) media += file.bytes.length
      // The fake has no database: its rows stand in, a kilobyte each.
      const rows = state.statuses.size + accounts(state).length
      const part = (k: string, human: string, n: number) => ({ key: k, human_key: human, value: String(n), unit: "bytes", human_value: humanBytes(n) })
      return { key, data: [part("postgresql", "PostgreSQL", rows * 1024), part("redis", "Redis", 0), part("media", "Media storage", media)] }
    }
    case "software_versions": {
      const part = (k: string, human: string, v: string) => ({ key: k, human_key: human, value: v, human_value: v })
      return { key, data: [part("mastodon", "Mastodon", state.options.version), part("ruby", "Ruby", "3.3.6"), part("postgresql", "PostgreSQL", "16.6"), part("redis", "Redis", "7.4.1")] }
    }
    default:
      return { key, data: [] }
  }
}

const monthOf = (ms: number): number => {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

/** Retention cohorts over a range, by day or by month, as Admin::Cohort entities. */
export const retention = (state: State, start: number, end: number, frequency: "day" | "month"): Array<Record<string, unknown>> => {
  const bucketOf = frequency === "month" ? monthOf : dayOf
  const buckets: Array<number> = []
  for (let b = bucketOf(start); b <= end && buckets.length < 367;) {
    buckets.push(b)
    if (frequency === "month") {
      const d = new Date(b)
      b = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    } else b += DAY
  }
  const active = new Map<number, Set<number>>()
  for (const a of activity(state)) {
    const b = bucketOf(a.day)
    let set = active.get(b)
    if (set === undefined) active.set(b, (set = new Set()))
    if (a.who !== undefined) set.add(a.who)
  }
  const signups = accounts(state).filter((a) => a.domain === null && a.approved)
  return buckets.map((period) => {
    const cohort = signups.filter((a) => bucketOf(a.created_at) === period).map((a) => a.idx)
    return {
      period: new Date(period).toISOString(),
      frequency,
      data: buckets.filter((b) => b >= period).map((b) => {
        const seen = active.get(b)
        const value = cohort.filter((idx) => seen?.has(idx) === true).length
        return { date: new Date(b).toISOString(), rate: cohort.length === 0 ? 0 : value / cohort.length, value: String(value) }
      })
    }
  })
}
