import { averageServiceMinutes, estimateWaitMinutes } from '../../../server/queue';

describe('averageServiceMinutes', () => {
  it('uses the default with fewer than 3 samples', () => {
    expect(averageServiceMinutes([], 8)).toBe(8);
    expect(averageServiceMinutes([2, 30], 8)).toBe(8);
  });

  it('takes the plain mean of 3 to 9 samples', () => {
    expect(averageServiceMinutes([4, 6, 11], 8)).toBe(7);
    expect(averageServiceMinutes([1, 2, 3, 4, 5, 6, 7, 8, 90], 8)).toBe(14);
  });

  it('drops one sample at each end from 10 samples on', () => {
    // Without trimming the mean would be 15.4; the 0.5 and the 100 are dropped.
    expect(averageServiceMinutes([0.5, 5, 5, 6, 6, 6, 6, 7, 7, 100], 8)).toBe(6);
  });

  it('drops 10% at each end of a larger sample', () => {
    const samples = [...Array.from({ length: 16 }, () => 10), 1, 1, 200, 200];
    expect(averageServiceMinutes(samples, 8)).toBe(10);
  });

  it('does not depend on the order of samples', () => {
    expect(averageServiceMinutes([100, 6, 7, 0.5, 5, 6, 7, 6, 5, 6], 8)).toBe(6);
  });

  it('clamps to between 1 and 120 minutes', () => {
    expect(averageServiceMinutes([0.1, 0.2, 0.3], 8)).toBe(1);
    expect(averageServiceMinutes([300, 400, 500], 8)).toBe(120);
    expect(averageServiceMinutes([], 0)).toBe(1);
    expect(averageServiceMinutes([], 500)).toBe(120);
  });

  it('ignores samples that are not durations', () => {
    expect(averageServiceMinutes([Number.NaN, -5, Number.POSITIVE_INFINITY, 4, 6], 8)).toBe(8);
    expect(averageServiceMinutes([Number.NaN, 4, 6, 8], 20)).toBe(6);
  });
});

describe('estimateWaitMinutes', () => {
  it('is zero with nobody ahead', () => {
    expect(estimateWaitMinutes(0, 8, 3)).toBe(0);
    expect(estimateWaitMinutes(0, 8, 0)).toBe(0);
  });

  it('shares the people ahead among open counters and rounds up', () => {
    expect(estimateWaitMinutes(5, 8, 2)).toBe(20);
    expect(estimateWaitMinutes(1, 7, 3)).toBe(3);
    expect(estimateWaitMinutes(4, 6.5, 1)).toBe(26);
  });

  it('counts one counter when none is open', () => {
    expect(estimateWaitMinutes(3, 8, 0)).toBe(24);
  });
});
