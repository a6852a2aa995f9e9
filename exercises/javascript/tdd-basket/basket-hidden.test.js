import { totalPrice } from './basket';

describe('the course\'s own checks of totalPrice', () => {
  test('a basket of one item with a quantity', () => {
    expect(totalPrice([{ price: 3, quantity: 4 }])).toBe(12);
  });

  test('a basket with and without quantities', () => {
    expect(totalPrice([{ price: 1 }, { price: 2, quantity: 2 }])).toBe(5);
  });

  test('an empty basket costs 0', () => {
    expect(totalPrice([])).toBe(0);
  });
});
