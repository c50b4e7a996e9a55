/**
 * One call's time budget. `timeout` bounds the whole call: connecting, sending, every read of the body,
 * the wait for a token, retries and their waits (Retry-After included); nothing outlives it.
 */

import { TuyaTimeoutError, type TuyaError } from "./errors.js";

export class Deadline {
  private readonly end: number;

  constructor(
    private readonly operation: string,
    private readonly timeoutMs: number,
  ) {
    this.end = performance.now() + timeoutMs;
  }

  remaining(): number {
    return this.end - performance.now();
  }

  exceeded(detail: string, cause?: TuyaError): TuyaTimeoutError {
    const message = `${this.operation}: timed out after ${this.timeoutMs} ms (${detail})`;
    return new TuyaTimeoutError(message, cause === undefined ? undefined : { cause });
  }

  /** `work`, or a TuyaTimeoutError if the budget ends first (the work goes on for whoever else waits for it). */
  async bound<T>(work: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.exceeded(what)), Math.max(0, this.remaining()));
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}
