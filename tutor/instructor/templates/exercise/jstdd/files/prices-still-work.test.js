// Hidden check: priceWithTax in the learner's folder is still the correct one.
import { priceWithTax } from './prices';

test('prices.js still gives the right prices (change only prices.test.js)', () => {
  for (const pence of [0, 1, 99, 100, 250]) {
    expect(priceWithTax(pence)).toBe(Math.round(pence * 1.2));
  }
});
