import { priceWithTax } from './prices';

test('nothing costs nothing', () => {
  expect(priceWithTax(0)).toBe(0);
});

test('100 pence costs 120 with tax', () => {
  expect(priceWithTax(100)).toBe(120);
});
