import { receiptLines, formatPrice } from './receipt';

describe("the course's own checks of the receipt", () => {
  test('formatPrice gives pounds and pence', () => {
    expect(formatPrice(1234)).toBe('£12.34');
    expect(formatPrice(907)).toBe('£9.07');
    expect(formatPrice(40)).toBe('£0.40');
  });

  test('receiptLines still gives the same receipt', () => {
    const items = [
      { name: 'Soup', price: 305, quantity: 3 },
      { name: 'Bread', price: 95, quantity: 1 },
    ];
    expect(receiptLines(items)).toEqual(['Soup x3: £9.15', 'Bread x1: £0.95', 'Total: £10.10']);
  });

  test('an empty receipt has only the total', () => {
    expect(receiptLines([])).toEqual(['Total: £0.00']);
  });
});
