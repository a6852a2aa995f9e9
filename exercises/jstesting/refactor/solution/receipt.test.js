import { receiptLines, formatPrice } from './receipt';

describe('receiptLines(items)', () => {
  test('has one line per item, then the total', () => {
    const items = [
      { name: 'Tea', price: 250, quantity: 2 },
      { name: 'Cake', price: 199, quantity: 1 },
    ];
    expect(receiptLines(items)).toEqual(['Tea x2: £5.00', 'Cake x1: £1.99', 'Total: £6.99']);
  });
});

describe('formatPrice(pence)', () => {
  test('shows pounds and pence', () => {
    expect(formatPrice(250)).toBe('£2.50');
    expect(formatPrice(1999)).toBe('£19.99');
  });

  test('always shows two digits of pence', () => {
    expect(formatPrice(105)).toBe('£1.05');
    expect(formatPrice(300)).toBe('£3.00');
  });

  test('shows 0 pounds for less than a pound', () => {
    expect(formatPrice(5)).toBe('£0.05');
    expect(formatPrice(0)).toBe('£0.00');
  });
});
