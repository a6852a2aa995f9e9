// The slug of a blog post's title: the part of its web address that names it.
// "My First Post" has the slug "my-first-post".
export function slug(title) {
  // TODO: one rule at a time, each after a failing test for it.
  return '';
}
