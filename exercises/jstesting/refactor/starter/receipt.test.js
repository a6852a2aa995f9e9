import { receiptLines } from './receipt';

describe('receiptLines(items)', () => {
  test('has one line per item, then the total', () => {
    const items = [
      { name: 'Tea', price: 250, quantity: 2 },
      { name: 'Cake', price: 199, quantity: 1 },
    ];
    expect(receiptLines(items)).toEqual(['Tea x2: £5.00', 'Cake x1: £1.99', 'Total: £6.99']);
  });
});

// TODO: tests for formatPrice(pence), in a describe of their own.
