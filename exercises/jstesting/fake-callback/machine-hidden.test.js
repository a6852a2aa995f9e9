import { payForTicket } from './machine';

describe("the course's own checks of payForTicket", () => {
  test('three coins for a ticket of 250 give 50 change, once', () => {
    const onPaid = jest.fn();
    payForTicket([200, 50, 50], 250, onPaid);
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledWith(50);
  });

  test('the exact price gives 0 change', () => {
    const onPaid = jest.fn();
    payForTicket([200, 50], 250, onPaid);
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledWith(0);
  });

  test('one penny short prints no ticket', () => {
    const onPaid = jest.fn();
    payForTicket([200, 20, 20, 5, 2, 2], 250, onPaid);
    expect(onPaid).not.toHaveBeenCalled();
  });
});
