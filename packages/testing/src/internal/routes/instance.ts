/**
 * The instance family (docs: methods/instance): v2 and v1 descriptions with the fields of the
 * configured version, known peers, weekly activity, rules, moderated domains, the about page,
 * the privacy policy, the terms of service and translation languages.
 *
 * @internal
 */
import * as Encoding from "effect/Encoding"
import * as AdminStore from "../admin/store.js"
import { type InstanceInfo, infoOf, type RuleRow, type TermsRow } from "../instanceInfo.js"
import * as Render from "../render.js"
import { type Ctx, json, publicRoute, type Reply, type RouteDef } from "../route.js"
import { sha256 } from "../sha256.js"
import { type AccountRow, limits, type State } from "../state.js"
import { supportedMimeTypes } from "../statuses/media.js"
import { maxMedia, pollLimits } from "../statuses/post.js"
import { storeOf } from "../statuses/store.js"

const description = "An in-memory Mastodon instance for tests."
const vapidKey = "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="
const when = Render.whenSince

/** `head 404`, as Mastodon answers a disabled or unset page. */
const emptyNotFound = (): Reply => ({ status: 404, body: "", contentType: "text/plain; charset=utf-8" })

const contact = (state: State): AccountRow | undefined => state.accounts.find((a): a is AccountRow => a !== undefined && a.domain === null)

const rule = (state: State, r: RuleRow): Record<string, unknown> => ({
  id: r.id,
  text: r.text,
  ...when(state, "4.3.0", { hint: r.hint }),
  ...when(state, "4.4.0", { translations: {} })
})

const rules = (state: State): ReadonlyArray<Record<string, unknown>> => infoOf(state).rules.map((r) => rule(state, r))

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** The terms in effect at `now`, and the version after them. */
const currentTerms = (info: InstanceInfo, now: number): TermsRow | undefined => {
  const today = isoDate(now)
  return [...info.termsOfService].sort((a, b) => b.effective_date.localeCompare(a.effective_date)).find((t) => t.effective_date <= today)
}

const termsJson = (info: InstanceInfo, terms: TermsRow, now: number): Record<string, unknown> => {
  const next = [...info.termsOfService]
    .filter((t) => t.effective_date > terms.effective_date)
    .sort((a, b) => a.effective_date.localeCompare(b.effective_date))[0]
  return {
    effective_date: terms.effective_date,
    effective: currentTerms(info, now)?.effective_date === terms.effective_date,
    content: terms.content,
    succeeded_by: next?.effective_date ?? null
  }
}

const instanceV2 = (ctx: Ctx): Reply => {
  const state = ctx.state
  const o = state.options
  const admin = contact(state)
  const info = infoOf(state)
  const terms = currentTerms(info, ctx.now)
  return json({
    domain: ctx.url.host,
    title: o.title,
    version: o.version,
    source_url: "https://github.com/mastodon/mastodon",
    description,
    ...when(state, "4.6.0", { wrapstodon: null }),
    usage: { users: { active_month: state.accounts.length - 1 } },
    thumbnail: {
      url: `${ctx.origin}/packs/media/images/preview.png`,
      ...when(state, "4.6.0", { description: "" }),
      blurhash: null,
      versions: {}
    },
    ...when(state, "4.3.0", {
      icon: [36, 48, 72, 96, 144, 192, 256, 384, 512].map((n) => ({
        src: `${ctx.origin}/packs/media/icons/android-chrome-${n}x${n}.png`,
        size: `${n}x${n}`
      }))
    }),
    languages: ["en"],
    configuration: {
      urls: {
        streaming: ctx.origin.replace(/^http/, "ws"),
        ...when(state, "4.1.0", { status: null }),
        ...when(state, "4.4.0", {
          about: `${ctx.origin}/about`,
          privacy_policy: `${ctx.origin}/privacy-policy`,
          terms_of_service: terms === undefined ? null : `${ctx.origin}/terms-of-service`
        })
      },
      ...when(state, "4.3.0", { vapid: { public_key: vapidKey } }),
      accounts: {
        max_featured_tags: limits.featuredTags,
        ...when(state, "4.3.0", { max_pinned_statuses: 5 }),
        ...when(state, "4.6.0", {
          max_display_name_length: limits.displayName,
          max_note_length: limits.note,
          max_avatar_description_length: 1500,
          max_header_description_length: 1500,
          max_profile_fields: o.maxProfileFields,
          profile_field_name_limit: limits.fieldName,
          profile_field_value_limit: limits.fieldValue
        })
      },
      statuses: { max_characters: storeOf(state).maxCharacters, max_media_attachments: maxMedia, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: supportedMimeTypes,
        ...when(state, "4.4.0", { description_limit: 1500 }),
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400
      },
      polls: {
        max_options: pollLimits.maxOptions,
        max_characters_per_option: pollLimits.maxCharactersPerOption,
        min_expiration: pollLimits.minExpiration,
        max_expiration: pollLimits.maxExpiration
      },
      translation: { enabled: Object.keys(info.translationLanguages).length > 0 },
      ...when(state, "4.5.0", {
        timelines_access: info.timelinesAccess
      }),
      ...when(state, "4.4.0", { limited_federation: false })
    },
    registrations: {
      enabled: o.registrations !== "closed",
      approval_required: o.registrations === "approval",
      message: null,
      ...when(state, "4.4.0", { min_age: null, reason_required: o.registrations === "approval" ? false : null }),
      ...when(state, "4.2.0", { url: null })
    },
    ...when(state, "4.3.0", { api_versions: { mastodon: o.apiVersion } }),
    contact: { email: "admin@mastodon.test", account: admin === undefined ? null : Render.account(state, admin, ctx.origin) },
    rules: rules(state)
  })
}

const instanceV1 = (ctx: Ctx): Reply => {
  const state = ctx.state
  const o = state.options
  const admin = contact(state)
  return json({
    uri: ctx.url.host,
    title: o.title,
    short_description: description,
    description,
    email: "admin@mastodon.test",
    version: o.version,
    urls: { streaming_api: ctx.origin.replace(/^http/, "ws") },
    stats: { user_count: state.accounts.length - 1, status_count: state.statuses.size, domain_count: peers(state).length },
    thumbnail: `${ctx.origin}/packs/media/images/preview.png`,
    languages: ["en"],
    registrations: o.registrations !== "closed",
    approval_required: o.registrations === "approval",
    invites_enabled: false,
    configuration: {
      accounts: { max_featured_tags: limits.featuredTags },
      statuses: { max_characters: storeOf(state).maxCharacters, max_media_attachments: maxMedia, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: supportedMimeTypes,
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400
      },
      polls: {
        max_options: pollLimits.maxOptions,
        max_characters_per_option: pollLimits.maxCharactersPerOption,
        min_expiration: pollLimits.minExpiration,
        max_expiration: pollLimits.maxExpiration
      }
    },
    contact_account: admin === undefined ? null : Render.account(state, admin, ctx.origin),
    rules: rules(state)
  })
}

/** Domains of the remote accounts the server knows. */
const peers = (state: State): ReadonlyArray<string> => {
  const domains = new Set<string>()
  for (const a of state.accounts) if (a?.domain != null) domains.add(a.domain)
  return [...domains].sort()
}

const weekMillis = 7 * 86_400_000

/** Midnight UTC of the Monday starting the week of `ms` (Rails' `beginning_of_week`). */
const weekStart = (ms: number): number => {
  const day = Math.floor(ms / 86_400_000)
  // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
  return (day - ((day + 3) % 7)) * 86_400_000
}

/** Twelve weeks of local activity, this week first, as strings. */
const activity = (ctx: Ctx): Reply => {
  const state = ctx.state
  const first = weekStart(ctx.now)
  const weeks = Array.from({ length: 12 }, (_, i) => ({ start: first - i * weekMillis, statuses: 0, logins: new Set<number>(), registrations: 0 }))
  const bucket = (ms: number) => {
    const i = Math.floor((first - weekStart(ms)) / weekMillis)
    return i >= 0 && i < weeks.length ? weeks[i] : undefined
  }
  for (const a of state.accounts) {
    if (a === undefined || a.domain !== null) continue
    const w = bucket(a.created_at)
    if (w !== undefined) w.registrations++
  }
  for (const s of state.statuses.values()) {
    if (state.accounts[s.account]?.domain !== null) continue
    const w = bucket(s.created_at)
    if (w !== undefined) w.statuses++
  }
  for (const t of state.tokens.values()) {
    if (t.account === undefined) continue
    bucket(t.created_at)?.logins.add(t.account)
  }
  return json(
    weeks.map((w) => ({
      week: String(w.start / 1000),
      statuses: String(w.statuses),
      logins: String(w.logins.size),
      registrations: String(w.registrations)
    }))
  )
}

const hex = (bytes: Uint8Array): string => Encoding.encodeHex(bytes)

const domainBlocks = (ctx: Ctx): Reply => {
  const info = infoOf(ctx.state)
  const visible = info.showDomainBlocks === "all" || (info.showDomainBlocks === "users" && ctx.user !== undefined)
  if (!visible) return emptyNotFound()
  // Blocks made through the admin API join the seeded ones: those that limit or suspend, with the
  // domain partly hidden when the block says so.
  const moderated = [...AdminStore.storeOf(ctx.state).domainBlocks.values()]
    .filter((b) => b.severity !== "noop")
    .map((b) => ({ domain: b.obfuscate ? obfuscate(b.domain) : b.domain, real: b.domain, severity: b.severity, comment: b.public_comment }))
  return json(
    [...info.domainBlocks.map((b) => ({ ...b, real: b.domain })), ...moderated].map((b) => ({
      domain: b.domain,
      digest: hex(sha256(b.real)),
      severity: b.severity,
      ...(b.comment === null ? {} : { comment: b.comment })
    }))
  )
}

/** A domain with the letters of its labels but the first and the top-level one starred out. */
const obfuscate = (domain: string): string => {
  const labels = domain.split(".")
  return labels.map((l, i) => (i === labels.length - 1 ? l : l.slice(0, 1) + "*".repeat(Math.max(0, l.length - 1)))).join(".")
}

/** The instance routes. */
export const routes: ReadonlyArray<RouteDef> = [
  publicRoute("GET", "/api/v1/instance", instanceV1),
  publicRoute("GET", "/api/v2/instance", instanceV2, "4.0.0"),
  publicRoute("GET", "/api/v1/instance/peers", (ctx) => json(peers(ctx.state)), "2.1.2"),
  publicRoute("GET", "/api/v1/instance/activity", activity, "2.1.2"),
  publicRoute("GET", "/api/v1/instance/rules", (ctx) => json(rules(ctx.state)), "3.4.0"),
  publicRoute("GET", "/api/v1/instance/domain_blocks", domainBlocks, "4.0.0"),
  publicRoute("GET", "/api/v1/instance/extended_description", (ctx) => {
    const about = infoOf(ctx.state).extendedDescription
    return json({ updated_at: about.updated_at === null ? null : Render.iso(about.updated_at), content: about.content })
  }, "4.0.0"),
  publicRoute("GET", "/api/v1/instance/privacy_policy", (ctx) => {
    const policy = infoOf(ctx.state).privacyPolicy
    return json({ updated_at: Render.iso(policy.updated_at), content: policy.content })
  }, "4.0.0"),
  publicRoute("GET", "/api/v1/instance/terms_of_service", (ctx) => {
    const info = infoOf(ctx.state)
    const terms = currentTerms(info, ctx.now)
    return terms === undefined ? emptyNotFound() : json(termsJson(info, terms, ctx.now))
  }, "4.4.0"),
  publicRoute("GET", "/api/v1/instance/terms_of_service/:date", (ctx) => {
    const info = infoOf(ctx.state)
    const terms = info.termsOfService.find((t) => t.effective_date === ctx.path["date"])
    return terms === undefined ? emptyNotFound() : json(termsJson(info, terms, ctx.now))
  }, "4.4.0"),
  publicRoute("GET", "/api/v1/instance/translation_languages", (ctx) => json(infoOf(ctx.state).translationLanguages), "4.2.0")
]
