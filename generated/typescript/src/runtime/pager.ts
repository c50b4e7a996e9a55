/**
 * Walks the pages of one paginated call: which arguments to send next, which items came, when to stop.
 *
 * It stops on the spec's end-of-list signals (no items, `has_more` false, `total` reached, a page shorter
 * than the page size, no next cursor), and also, with a warning, when the server contradicts them: a page
 * that repeats an earlier one, or a cursor that does not advance. After `maxPages` full pages one more is
 * asked for: an empty one ends the listing normally, one with items is a TuyaError. The Python runtime's
 * Pager does the same.
 */

import { createHash } from "node:crypto";

import { TuyaError, TuyaResponseError } from "./errors.js";
import { isPlainObject, jsonText } from "./json.js";
import type { Operation, Pagination } from "./operation.js";
import { typeName } from "./validation.js";

export interface Page {
  readonly items: readonly unknown[];
  /** Does another page follow? */
  readonly more: boolean;
}

export class Pager {
  /** The arguments of the next page's call. */
  readonly args: Record<string, unknown>;
  private readonly paging: Pagination;
  private page = 0;
  private seen = 0;
  private pageSize: number | undefined; // the size asked for, or else the first page's length (the server's own)
  private readonly pagesSeen = new Set<string>();
  private readonly cursorsSeen = new Set<string>();

  constructor(
    private readonly op: Operation,
    params: Readonly<Record<string, unknown>>,
    private readonly maxPages: number,
    private readonly warn: (message: string) => void,
  ) {
    if (op.pagination === null) throw new TuyaError(`${op.id} is not paginated`);
    this.paging = op.pagination;
    this.args = { ...params };
    const { pageParam } = this.paging;
    if (this.paging.style === "page_number" && pageParam !== undefined && (this.args[pageParam] ?? null) === null) {
      this.args[pageParam] = this.paging.firstPage;
    }
  }

  /** The items of the next page's result, and whether another page follows (then `args` are its arguments). */
  take(result: unknown): Page {
    this.page += 1;
    const items = this.items(result);
    if (items.length === 0) return { items, more: false };
    const fingerprint = createHash("sha256").update(jsonText(items)).digest("base64");
    if (this.pagesSeen.has(fingerprint)) {
      this.stopWarning(`page ${this.page} repeats an earlier page`);
      return { items: [], more: false };
    }
    if (this.page > this.maxPages) {
      throw new TuyaError(`${this.op.id}: more than maxPages=${this.maxPages} pages; pass a larger maxPages to read on`);
    }
    this.pagesSeen.add(fingerprint);
    this.seen += items.length;
    return { items, more: this.advance(result, items) };
  }

  /** Sets the next page's arguments; false at the end of the list. */
  private advance(result: unknown, items: readonly unknown[]): boolean {
    const { style, hasMore, total, pageParam, sizeParam, cursorParam, nextCursor } = this.paging;
    if (hasMore !== undefined && field(result, hasMore) === false) return false;
    const count = total !== undefined ? field(result, total) : undefined;
    if (typeof count === "number" && this.seen >= count) return false;
    if (style === "page_number" && pageParam !== undefined) {
      const asked = sizeParam !== undefined ? this.args[sizeParam] : undefined;
      this.pageSize ??= typeof asked === "number" ? asked : items.length;
      if (items.length < this.pageSize) return false;
      this.args[pageParam] = Number(this.args[pageParam]) + 1;
      return true;
    }
    if (cursorParam === undefined || nextCursor === undefined) return false;
    const cursor = field(result, nextCursor);
    if (cursor === undefined || cursor === null || cursor === "" || cursor === false || cursor === 0) return false;
    const key = jsonText(cursor);
    if (this.cursorsSeen.has(key) || cursor === this.args[cursorParam]) {
      this.stopWarning(`page ${this.page}'s ${nextCursor} does not advance`);
      return false;
    }
    this.cursorsSeen.add(key);
    this.args[cursorParam] = cursor;
    return true;
  }

  /** A page's items: a missing field is an empty page; anything but a list is an error, never items made up. */
  private items(result: unknown): readonly unknown[] {
    const name = this.paging.items;
    const where = `${this.op.id}: page ${this.page}`;
    if (name !== "." && !isPlainObject(result) && result !== null && result !== undefined) {
      throw new TuyaResponseError(`${where}: the result is not an object but ${typeName(result)}, so it has no ${name}`);
    }
    const found = name === "." ? result : field(result, name);
    if (found === undefined || found === null) return [];
    if (!Array.isArray(found)) {
      const what = name === "." ? "the result" : `the result's ${name}`;
      throw new TuyaResponseError(`${where}: ${what} is not a list of items but ${typeName(found)}`);
    }
    return found;
  }

  private stopWarning(what: string): void {
    this.warn(`${this.op.id}: ${what}; stopped paging after ${this.seen} items (the server does not page as documented)`);
  }
}

function field(result: unknown, name: string): unknown {
  return isPlainObject(result) ? result[name] : undefined;
}
