import { totalPrice } from './basket';

describe('totalPrice(items)', () => {
  test('multiplies each price by its quantity and adds them up', () => {
    const items = [{ price: 2, quantity: 3 }, { price: 5, quantity: 1 }];
    expect(totalPrice(items)).toBe(11);
  });

  test('an empty basket costs 0', () => {
    expect(totalPrice([])).toBe(0);
  });

  test('an item with no quantity counts once', () => {
    expect(totalPrice([{ price: 4 }])).toBe(4);
  });
});
