/**
 * Fields a server older than the field leaves out. For every entity, each field the docs' version
 * history dates after the first endpoint returning the entity is removed from a full fixture in
 * turn; the rest must still decode. The versions are copied from the docs' entities pages.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Account from "@mastodon-effect/core/Account"
import * as Application from "@mastodon-effect/core/Application"
import * as CustomEmoji from "@mastodon-effect/core/CustomEmoji"
import * as FeaturedTag from "@mastodon-effect/core/FeaturedTag"
import * as Instance from "@mastodon-effect/core/Instance"
import * as List from "@mastodon-effect/core/List"
import * as MediaAttachment from "@mastodon-effect/core/MediaAttachment"
import * as Poll from "@mastodon-effect/core/Poll"
import * as PreviewCard from "@mastodon-effect/core/PreviewCard"
import * as Profile from "@mastodon-effect/core/Profile"
import * as Relationship from "@mastodon-effect/core/Relationship"
import * as Role from "@mastodon-effect/core/Role"
import * as Rule from "@mastodon-effect/core/Rule"
import * as Status from "@mastodon-effect/core/Status"
import * as Suggestion from "@mastodon-effect/core/Suggestion"
import * as Tag from "@mastodon-effect/core/Tag"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as AccountFx from "./fixtures/Account.js"
import * as ApplicationFx from "./fixtures/Application.js"
import * as CustomEmojiFx from "./fixtures/CustomEmoji.js"
import * as FeaturedTagFx from "./fixtures/FeaturedTag.js"
import * as InstanceFx from "./fixtures/Instance.js"
import * as ListFx from "./fixtures/List.js"
import * as MediaAttachmentFx from "./fixtures/MediaAttachment.js"
import * as PollFx from "./fixtures/Poll.js"
import * as PreviewCardFx from "./fixtures/PreviewCard.js"
import * as ProfileFx from "./fixtures/Profile.js"
import * as RelationshipFx from "./fixtures/Relationship.js"
import * as RoleFx from "./fixtures/Role.js"
import * as RuleFx from "./fixtures/Rule.js"
import * as StatusFx from "./fixtures/Status.js"
import * as SuggestionFx from "./fixtures/Suggestion.js"
import * as TagFx from "./fixtures/Tag.js"

interface Entity {
  readonly schema: Schema.Schema.AnyNoContext
  readonly fixture: Record<string, unknown>
  /** The version of the first endpoint that returns the entity. */
  readonly since: string
  /** Fields added later, with the version that added them. */
  readonly later: Record<string, string>
}

const entities: Record<string, Entity> = {
  Account: {
    schema: Account.Account,
    fixture: AccountFx.full,
    since: "0.1.0",
    later: {
      uri: "4.2.0", avatar_static: "1.1.2", avatar_description: "4.6.0", header_static: "1.1.2",
      header_description: "4.6.0", fields: "2.4.0", emojis: "2.4.0", bot: "2.4.0", group: "3.1.0",
      discoverable: "3.1.0", indexable: "4.3.0", noindex: "4.0.0", moved: "2.1.0", memorial: "4.2.0",
      suspended: "3.3.0", limited: "3.5.3", last_status_at: "3.0.0", hide_collections: "4.3.0",
      show_media: "4.6.0", show_media_replies: "4.6.0", show_featured: "4.6.0", roles: "4.1.0",
      feature_approval: "4.6.0"
    }
  },
  CredentialAccount: { schema: Account.CredentialAccount, fixture: AccountFx.credential, since: "2.4.0", later: { role: "4.0.0" } },
  Status: {
    schema: Status.Status,
    fixture: StatusFx.full,
    since: "0.1.0",
    later: {
      visibility: "0.9.9", sensitive: "0.9.9", spoiler_text: "1.0.0", media_attachments: "0.6.0",
      application: "0.9.9", mentions: "0.6.0", tags: "0.6.0", emojis: "2.0.0", quotes_count: "4.5.0",
      replies_count: "2.5.0", poll: "2.8.0", card: "2.6.0", language: "1.4.0", text: "2.9.0",
      edited_at: "3.5.0", quote: "4.4.0", quote_approval: "4.5.0", muted: "1.4.0", bookmarked: "3.1.0",
      pinned: "1.6.0", filtered: "4.0.0", tagged_collections: "4.6.0"
    }
  },
  Relationship: {
    schema: Relationship.Relationship,
    fixture: RelationshipFx.full,
    since: "0.6.0",
    later: {
      showing_reblogs: "2.1.0", notifying: "3.3.0", languages: "4.0.0", blocked_by: "2.8.0", muting: "1.1.0",
      muting_notifications: "2.1.0", muting_expires_at: "4.6.0", requested: "0.9.9", requested_by: "4.1.0",
      domain_blocking: "1.4.0", endorsed: "2.5.0", note: "3.2.0"
    }
  },
  PreviewCard: {
    schema: PreviewCard.PreviewCard,
    fixture: PreviewCardFx.full,
    since: "1.0.0",
    later: {
      type: "1.3.0", authors: "4.3.0", author_name: "1.3.0", author_url: "1.3.0", provider_name: "1.3.0",
      provider_url: "1.3.0", html: "1.3.0", width: "1.3.0", height: "1.3.0", embed_url: "2.1.0",
      blurhash: "3.2.0", missing_attribution: "4.6.0"
    }
  },
  InstanceV1: {
    schema: Instance.InstanceV1,
    fixture: InstanceFx.v1Full,
    since: "1.1.0",
    later: {
      short_description: "2.9.2", version: "1.3.0", urls: "1.4.2", stats: "1.6.0", thumbnail: "1.6.1",
      languages: "2.3.0", registrations: "2.7.2", approval_required: "2.9.2", invites_enabled: "3.1.4",
      configuration: "3.4.2", contact_account: "2.3.0", rules: "3.4.0"
    }
  },
  InstanceV2: {
    schema: Instance.InstanceV2,
    fixture: InstanceFx.v2Full,
    since: "4.0.0",
    later: { wrapstodon: "4.6.0", icon: "4.3.0", api_versions: "4.3.0" }
  },
  MediaAttachment: {
    schema: MediaAttachment.MediaAttachment,
    fixture: MediaAttachmentFx.video,
    since: "0.6.0",
    later: { meta: "1.5.0", description: "2.0.0", blurhash: "2.8.1" }
  },
  Tag: { schema: Tag.Tag, fixture: TagFx.full, since: "0.9.0", later: { id: "3.5.0", history: "2.4.1", following: "4.0.0", featuring: "4.4.0" } },
  Application: {
    schema: Application.Application,
    fixture: ApplicationFx.full,
    since: "0.9.9",
    later: { scopes: "4.3.0", redirect_uris: "4.3.0", vapid_key: "2.8.0" }
  },
  CustomEmoji: { schema: CustomEmoji.CustomEmoji, fixture: CustomEmojiFx.full, since: "2.0.0", later: { category: "3.0.0" } },
  FeaturedTag: { schema: FeaturedTag.FeaturedTag, fixture: FeaturedTagFx.full, since: "3.0.0", later: { url: "3.3.0" } },
  List: { schema: List.List, fixture: ListFx.full, since: "2.1.0", later: { replies_policy: "3.3.0", exclusive: "4.2.0" } },
  Rule: { schema: Rule.Rule, fixture: RuleFx.full, since: "3.4.0", later: { hint: "4.3.0", translations: "4.4.0" } },
  Role: { schema: Role.Role, fixture: RoleFx.full, since: "4.0.0", later: { collection_limit: "4.6.0" } },
  Suggestion: { schema: Suggestion.Suggestion, fixture: SuggestionFx.full, since: "3.4.0", later: { sources: "4.3.0" } }
}

const without = (fixture: Record<string, unknown>, name: string): Record<string, unknown> => {
  const { [name]: _dropped, ...rest } = fixture
  return rest
}

describe("fields a server older than the field leaves out", () => {
  for (const [name, entity] of Object.entries(entities)) {
    describe(`${name} (returned since ${entity.since})`, () => {
      for (const [field, added] of Object.entries(entity.later)) {
        it(`decodes without ${field} (added in ${added})`, () => {
          expect(entity.fixture).toHaveProperty(field)
          const result = Schema.decodeUnknownEither(entity.schema)(without(entity.fixture, field))
          expect(Either.isRight(result) ? "decoded" : String(result.left)).toBe("decoded")
        })
      }
    })
  }

  it("fills what an old server meant for Status and Account fields it did not have yet", () => {
    const old = ["visibility", "sensitive", "spoiler_text", "media_attachments", "mentions", "tags", "emojis", "replies_count"]
      .reduce(without, StatusFx.mastodon30 as Record<string, unknown>)
    const status = Schema.decodeUnknownSync(Status.Status)(old)
    expect(status.visibility).toBe("public")
    expect(status.sensitive).toBe(false)
    expect(status.spoiler_text).toBe("")
    expect(status.media_attachments).toEqual([])
    expect(status.mentions).toEqual([])
    expect(status.tags).toEqual([])
    expect(status.emojis).toEqual([])
    // A count the server did not keep is absent, not zero.
    expect(status).not.toHaveProperty("replies_count")
    const account = Schema.decodeUnknownSync(Account.Account)(
      ["fields", "emojis", "avatar_static", "header_static"].reduce(without, AccountFx.mastodon30 as Record<string, unknown>)
    )
    expect(account.fields).toEqual([])
    expect(account.emojis).toEqual([])
    expect(account).not.toHaveProperty("avatar_static")
  })

  it("still refuses a field the first endpoint already had", () => {
    expect(Either.isLeft(Schema.decodeUnknownEither(Status.Status)(without(StatusFx.mastodon30, "content")))).toBe(true)
    expect(Either.isLeft(Schema.decodeUnknownEither(Account.Account)(without(AccountFx.mastodon30, "avatar")))).toBe(true)
    expect(Either.isLeft(Schema.decodeUnknownEither(Relationship.Relationship)(without(RelationshipFx.mastodon30, "following"))))
      .toBe(true)
  })
})

/** Fields the docs' entities pages give as "or null" (nullable), per entity. */
const nullable: ReadonlyArray<readonly [string, Schema.Schema.AnyNoContext, Record<string, unknown>, ReadonlyArray<string>]> = [
  ["Account", Account.Account, AccountFx.full, ["url", "discoverable", "noindex", "moved", "last_status_at", "hide_collections", "roles"]],
  ["MutedAccount", Account.MutedAccount, AccountFx.muted, ["mute_expires_at"]],
  ["Status", Status.Status, StatusFx.full, ["url", "in_reply_to_id", "in_reply_to_account_id", "reblog", "poll", "card", "language", "text", "edited_at", "quote"]],
  ["Relationship", Relationship.Relationship, RelationshipFx.full, ["languages", "muting_expires_at"]],
  ["PreviewCard", PreviewCard.PreviewCard, PreviewCardFx.full, ["image", "blurhash", "missing_attribution"]],
  ["InstanceV1", Instance.InstanceV1, InstanceFx.v1Full, ["thumbnail", "contact_account"]],
  ["InstanceV2", Instance.InstanceV2, InstanceFx.v2Full, ["wrapstodon"]],
  ["MediaAttachment", MediaAttachment.MediaAttachment, MediaAttachmentFx.video, ["url", "preview_url", "remote_url", "meta", "description", "blurhash"]],
  ["Poll", Poll.Poll, PollFx.full, ["expires_at", "voters_count"]],
  ["Profile", Profile.Profile, ProfileFx.full, ["avatar", "avatar_static", "header", "header_static", "hide_collections", "discoverable"]]
]

describe("fields the docs give as nullable", () => {
  for (const [name, schema, fixture, fields] of nullable) {
    it(`${name} decodes with ${fields.join(", ")} null`, () => {
      for (const field of fields) {
        const result = Schema.decodeUnknownEither(schema)({ ...fixture, [field]: null })
        expect(Either.isRight(result) ? "decoded" : `${field}: ${String(result.left)}`).toBe("decoded")
      }
    })
  }
})
