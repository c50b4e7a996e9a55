/**
 * Access tokens: acquired lazily, renewed before they expire, renewed once per failure, never twice.
 *
 * A refresh token is single-use and refreshing retires the old pair, so renewals are single-flight:
 * every caller that needs a new token while one is being fetched waits for that same promise, and a
 * renewal that finds the stored token already replaced uses that one instead of renewing again.
 * A TokenStore lets several processes that share one Access ID share the token.
 */

import { TuyaError } from "./errors.js";

export const RENEW_MARGIN_SECONDS = 60;
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** A token pair as a TokenStore keeps it: plain data, e.g. straight from JSON.parse. */
export interface TokenData {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Unix seconds on this machine's clock. */
  readonly expiresAt: number;
  readonly uid: string;
}

/** True while `token` is valid for at least `margin` more seconds. */
export function isFresh(token: TokenData, now: number, margin: number = RENEW_MARGIN_SECONDS): boolean {
  return now < token.expiresAt - margin;
}

/** The token pairs the client fetches. Its secrets never show when it is logged or inspected. */
export class Token implements TokenData {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Unix seconds on this machine's clock. */
  readonly expiresAt: number;
  readonly uid: string;

  constructor(fields: { accessToken: string; refreshToken: string; expiresAt: number; uid?: string | undefined }) {
    this.accessToken = fields.accessToken;
    this.refreshToken = fields.refreshToken;
    this.expiresAt = fields.expiresAt;
    this.uid = fields.uid ?? "";
  }

  toString(): string {
    return `Token(uid=${JSON.stringify(this.uid)}, expiresAt=${Math.round(this.expiresAt)}, accessToken=<redacted>)`;
  }

  [INSPECT](): string {
    return this.toString();
  }
}

/** Where the current token lives. Implement it over a file, Redis or a database to share a token. */
export interface TokenStore {
  load(): TokenData | null | Promise<TokenData | null>;
  save(token: TokenData | null): void | Promise<void>;
}

/** The default: the token lives in this client only. */
export class MemoryTokenStore implements TokenStore {
  #token: TokenData | null = null;

  load(): TokenData | null {
    return this.#token;
  }

  save(token: TokenData | null): void {
    this.#token = token;
  }
}

export interface TokenLog {
  info(message: string): void;
}

/** Hands out a valid token; `grant` gets a new one, `refresh` trades a refresh token for one. */
export class TokenManager {
  /** How many times a token was fetched or refreshed (for tests and metrics). */
  renewals = 0;
  readonly #store: TokenStore;
  readonly #grant: () => Promise<Token>;
  readonly #refresh: (refreshToken: string) => Promise<Token>;
  readonly #clock: () => number;
  readonly #log: TokenLog;
  #inFlight: Promise<TokenData> | null = null;

  constructor(
    store: TokenStore,
    grant: () => Promise<Token>,
    refresh: (refreshToken: string) => Promise<Token>,
    log: TokenLog,
    clock: () => number = () => Date.now() / 1000,
  ) {
    this.#store = store;
    this.#grant = grant;
    this.#refresh = refresh;
    this.#log = log;
    this.#clock = clock;
  }

  async current(): Promise<TokenData> {
    const token = await this.#store.load();
    if (token !== null && isFresh(token, this.#clock())) return token;
    return this.#singleFlight(async () => {
      const stored = await this.#store.load(); // another caller (or process) may have renewed meanwhile
      if (stored !== null && isFresh(stored, this.#clock())) return stored;
      return this.#renew(stored);
    });
  }

  /** Tuya rejected `rejected`; resolve to a different, valid token (renewing at most once). */
  replace(rejected: TokenData): Promise<TokenData> {
    return this.#singleFlight(async () => {
      const stored = await this.#store.load();
      if (stored !== null && stored.accessToken !== rejected.accessToken && isFresh(stored, this.#clock())) return stored;
      return this.#renew(stored);
    });
  }

  #singleFlight(work: () => Promise<TokenData>): Promise<TokenData> {
    if (this.#inFlight === null) {
      this.#inFlight = work().finally(() => {
        this.#inFlight = null;
      });
    }
    return this.#inFlight;
  }

  async #renew(old: TokenData | null): Promise<TokenData> {
    this.renewals += 1;
    let token: TokenData | null = null;
    if (old !== null && old.refreshToken) {
      try {
        token = await this.#refresh(old.refreshToken);
        this.#log.info("tuya-cloud-sdk: access token refreshed");
      } catch (error) {
        if (!(error instanceof TuyaError)) throw error;
        // single-use refresh tokens fail once used elsewhere: grant anew
        this.#log.info(`tuya-cloud-sdk: token refresh failed (${error.name}); requesting a new token`);
      }
    }
    if (token === null) {
      token = await this.#grant();
      this.#log.info("tuya-cloud-sdk: new access token acquired");
    }
    await this.#store.save(token);
    return token;
  }
}
