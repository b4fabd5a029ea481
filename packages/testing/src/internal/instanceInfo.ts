/**
 * What an admin sets about the server: rules, the about and privacy pages, the terms of service,
 * moderated domains and translation. Kept beside the state (one record per instance) and filled
 * by `Seed.instanceInfo`; the defaults are those of a fresh Mastodon install.
 *
 * @internal
 */
import type { State } from "./state.js"

/** A server rule. */
export interface RuleRow {
  readonly id: string
  readonly text: string
  readonly hint: string
}

/** One version of the terms of service. */
export interface TermsRow {
  /** `YYYY-MM-DD`. */
  readonly effective_date: string
  readonly content: string
}

/** A moderated domain. */
export interface DomainBlockRow {
  readonly domain: string
  readonly severity: "silence" | "suspend"
  readonly comment: string | null
}

/** The admin-set parts of an instance. */
export interface InstanceInfo {
  rules: ReadonlyArray<RuleRow>
  /** The about page (HTML) and when it changed; a fresh server has none (`updated_at` null). */
  extendedDescription: { readonly content: string; readonly updated_at: number | null }
  privacyPolicy: { readonly content: string; readonly updated_at: number }
  /** Every version, in any order; none on a fresh server (the endpoint answers 404). */
  termsOfService: ReadonlyArray<TermsRow>
  domainBlocks: ReadonlyArray<DomainBlockRow>
  /** Who may list the moderated domains (Mastodon's `show_domain_blocks`). */
  showDomainBlocks: "all" | "users" | "disabled"
  /** Source language → target languages; empty when no translation service is configured. */
  translationLanguages: Readonly<Record<string, ReadonlyArray<string>>>
  /** Who may read the public, hashtag and trending-link feeds (Mastodon 4.5's `timelines_access`). */
  timelinesAccess: TimelinesAccess
}

/** Access to a feed's local or remote posts: anyone, signed-in users, or nobody (4.5). */
export type FeedAccess = "public" | "authenticated" | "disabled"

/** `configuration.timelines_access`: per feed, for local and remote posts. */
export interface TimelinesAccess {
  readonly live_feeds: { readonly local: FeedAccess; readonly remote: FeedAccess }
  readonly hashtag_feeds: { readonly local: FeedAccess; readonly remote: FeedAccess }
  readonly trending_link_feeds: { readonly local: FeedAccess; readonly remote: FeedAccess }
}

// Mastodon's bundled privacy policy carries this date until an admin writes their own.
const defaultPolicyDate = Date.UTC(2022, 9, 7)

const defaults = (): InstanceInfo => ({
  rules: [],
  extendedDescription: { content: "", updated_at: null },
  privacyPolicy: {
    content: "<h1>Privacy Policy</h1><p>This in-memory test server keeps what you send it until it stops.</p>",
    updated_at: defaultPolicyDate
  },
  termsOfService: [],
  domainBlocks: [],
  // Mastodon's own default is "disabled"; a test server shows them, so tests can read them.
  showDomainBlocks: "all",
  translationLanguages: {},
  timelinesAccess: {
    live_feeds: { local: "public", remote: "public" },
    hashtag_feeds: { local: "public", remote: "public" },
    trending_link_feeds: { local: "public", remote: "public" }
  }
})

const infos = new WeakMap<State, InstanceInfo>()

/** The admin-set parts of an instance (created with the defaults on first use). */
export const infoOf = (state: State): InstanceInfo => {
  let info = infos.get(state)
  if (info === undefined) {
    info = defaults()
    infos.set(state, info)
  }
  return info
}
