// The slug of a blog post's title: the part of its web address that names it.
// "My First Post" has the slug "my-first-post".
export function slug(title) {
  return title
    .toLowerCase()
    .split(' ')
    .filter((word) => word !== '')
    .join('-');
}
