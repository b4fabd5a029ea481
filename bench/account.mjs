// One account shaped like the docs' Account example (entities/Account.md): a note with hashtag
// links, custom emojis, profile fields (one verified), a highlighted role, avatar and header URLs,
// about 1.7 KB of JSON. Every account differs (id, names, counts, dates) so that nothing is cached.
export const accountJson = (i) => {
  const day = String(1 + (i % 28)).padStart(2, "0")
  const path = `000/${String(i % 1000).padStart(3, "0")}/${String(i % 997).padStart(3, "0")}`
  return `{"id":"${i}","username":"noiob${i}","acct":"noiob${i}@awoo.space","display_name":"ikea shark fan account ${i}",` +
    `"locked":false,"bot":false,"discoverable":true,"indexable":true,"group":false,` +
    `"created_at":"2017-02-${day}T02:00:53.274Z",` +
    `"note":"<p>:ms_rainbow_flag:​ compsci student ${i} ~ <a href=\\"https://awoo.space/tags/awoo\\" class=\\"mention hashtag\\" rel=\\"tag\\">#<span>awoo</span></a></p>",` +
    `"url":"https://awoo.space/@noiob${i}","uri":"https://awoo.space/users/noiob${i}",` +
    `"avatar":"https://files.mastodon.social/accounts/avatars/${path}/original/6ca8804dc46800ad.png",` +
    `"avatar_static":"https://files.mastodon.social/accounts/avatars/${path}/original/6ca8804dc46800ad.png",` +
    `"header":"https://awoo.space/headers/original/missing.png","header_static":"https://awoo.space/headers/original/missing.png",` +
    `"followers_count":${i % 1000},"following_count":${i % 300},"statuses_count":${i % 30000},"last_status_at":"2019-11-${day}",` +
    `"hide_collections":false,"noindex":false,` +
    `"roles":[{"id":"3","name":"Moderator","color":"#6364ff"}],` +
    `"emojis":[` +
    `{"shortcode":"ms_rainbow_flag","url":"https://files.mastodon.social/custom_emojis/images/000/028/691/original/6de008d6281f4f59.png","static_url":"https://files.mastodon.social/custom_emojis/images/000/028/691/static/6de008d6281f4f59.png","visible_in_picker":true},` +
    `{"shortcode":"ms_bisexual_flag","url":"https://files.mastodon.social/custom_emojis/images/000/050/744/original/02f94a5fca7eaf78.png","static_url":"https://files.mastodon.social/custom_emojis/images/000/050/744/static/02f94a5fca7eaf78.png","visible_in_picker":true}],` +
    `"fields":[{"name":"Pronouns","value":"they/them","verified_at":null},` +
    `{"name":"Website","value":"<a href=\\"https://shork${i}.xyz\\" rel=\\"me\\">shork${i}.xyz</a>","verified_at":"2019-11-10T10:31:10.744+00:00"}]}`
}
