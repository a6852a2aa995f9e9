import { slug } from './slug';

describe('slug(title)', () => {
  // TODO: your tests go here, one rule at a time, each before the code for it.
});
