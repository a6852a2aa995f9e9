import { payForTicket } from './machine';

describe('payForTicket(coins, price, onPaid)', () => {
  test('calls onPaid with the change when the coins are more than the price', () => {
    const onPaid = jest.fn();
    payForTicket([100, 50], 120, onPaid);
    expect(onPaid).toHaveBeenCalledWith(30);
  });

  test('the exact price pays, with no change', () => {
    const onPaid = jest.fn();
    payForTicket([100, 20], 120, onPaid);
    expect(onPaid).toHaveBeenCalledWith(0);
  });

  test('calls onPaid only once, even with more coins than needed', () => {
    const onPaid = jest.fn();
    payForTicket([100, 50, 20], 120, onPaid);
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledWith(50);
  });

  test('never calls onPaid when the coins are short', () => {
    const onPaid = jest.fn();
    payForTicket([50, 20], 120, onPaid);
    expect(onPaid).not.toHaveBeenCalled();
  });

  test('never calls onPaid when no coin was put in', () => {
    const onPaid = jest.fn();
    payForTicket([], 120, onPaid);
    expect(onPaid).not.toHaveBeenCalled();
  });
});
