import { payForTicket } from './machine';

describe('payForTicket(coins, price, onPaid)', () => {
  // TODO: your tests, each with a fake onPaid made with jest.fn().
});
