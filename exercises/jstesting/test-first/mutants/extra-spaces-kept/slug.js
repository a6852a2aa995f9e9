export function slug(title) {
  return title.trim().toLowerCase().split(' ').join('-');
}
