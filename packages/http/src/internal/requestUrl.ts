import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as MastodonError from "@mastodon-effect/core/MastodonError"

/** The URL of a request with its query, secrets masked: what errors name. */
export const describeUrl = (request: HttpClientRequest.HttpClientRequest): string => {
  const query = request.urlParams.length === 0 ? "" : `?${new URLSearchParams(request.urlParams as Array<[string, string]>).toString()}`
  return MastodonError.redactUrl(`${request.url}${query}`)
}
