import { describe, expect, it } from 'vitest';
import { busyRetryDelay } from '../../../web/src/api/busy-retry.js';

const busy = JSON.stringify({ code: 'SERVER_BUSY', message: 'Máy chủ đang bận' });

describe('a request the admission line turned away is sent again', () => {
  it('waits about the Retry-After, capped at 2 s', () => {
    const wait = busyRetryDelay(503, '1', busy, 1)!;
    expect(wait).toBeGreaterThanOrEqual(500);
    expect(wait).toBeLessThanOrEqual(1000);
    expect(busyRetryDelay(503, '30', busy, 1)).toBeLessThanOrEqual(2000);
  });

  it('gives up after three tries, and never repeats other failures', () => {
    expect(busyRetryDelay(503, '1', busy, 4)).toBeNull();
    expect(busyRetryDelay(503, '1', JSON.stringify({ code: 'BUSY', message: 'x' }), 1)).toBeNull();
    expect(busyRetryDelay(500, '1', busy, 1)).toBeNull();
    expect(busyRetryDelay(200, null, '{}', 1)).toBeNull();
  });
});
