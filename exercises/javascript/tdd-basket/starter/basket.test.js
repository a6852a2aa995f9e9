import { totalPrice } from './basket';

describe('totalPrice(items)', () => {
  test('multiplies each price by its quantity and adds them up', () => {
    const items = [{ price: 2, quantity: 3 }, { price: 5, quantity: 1 }];
    expect(totalPrice(items)).toBe(11);
  });
});
