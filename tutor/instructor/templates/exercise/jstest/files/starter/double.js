// TODO: give back twice n
export function double(n) {
  return 0;
}
