export function slug(title) {
  return title
    .split(' ')
    .filter((word) => word !== '')
    .join('-');
}
