import { priceWithTax } from './prices';

test('nothing costs nothing', () => {
  expect(priceWithTax(0)).toBe(0);
});

// TODO: add tests that notice the mistakes a buggy priceWithTax could make.
