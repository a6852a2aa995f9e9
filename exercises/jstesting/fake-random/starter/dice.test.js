import { rollDice } from './dice';

describe('rollDice(count, random)', () => {
  // TODO: your tests, each with a fake random that gives the numbers you choose.
});
