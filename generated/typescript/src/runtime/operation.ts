/** Operation descriptors: the spec facts the runtime needs for one call (generated as constants). */

/** A JSON-Schema-subset schema as the spec writes it (`$ref` holds a bare schema name). */
export type Schema = { readonly [keyword: string]: unknown };

/** A `format` of spec/formats.yaml: the type it refines, its range if it has one, and its words. */
export interface FormatRule {
  readonly type: string;
  readonly words: string;
  readonly minimum?: number;
  /** Values must be below this. */
  readonly below?: number;
  /** Other formats: a value fits when it fits any of them (e.g. seconds or milliseconds). */
  readonly any_of?: readonly string[];
}

export interface Param {
  readonly name: string;
  readonly location: "path" | "query" | "body";
  readonly required: boolean;
  /** Never shown in errors or logs (e.g. the refresh token). */
  readonly sensitive: boolean;
  readonly schema: Schema;
  /** The warning a call that passes it gives, once per process, when the spec deprecates it. */
  readonly deprecated?: string;
}

/** A test on a field path of the arguments (`a.b`, `list[].c`): present or absent, or equal to `const`. */
export interface RuleTest {
  readonly field: string;
  readonly present?: boolean;
  readonly const?: unknown;
}

/** If `when` holds for the arguments, `then` must hold too (see spec/README.md). */
export interface Rule {
  readonly name: string;
  readonly message: string;
  readonly when: RuleTest;
  readonly then: RuleTest;
}

export interface Pagination {
  readonly style: "page_number" | "cursor";
  /** The result field holding the items; "." when the result is the list itself. */
  readonly items: string;
  readonly pageParam?: string;
  readonly firstPage?: number;
  readonly sizeParam?: string;
  readonly cursorParam?: string;
  readonly nextCursor?: string;
  readonly hasMore?: string;
  readonly total?: string;
}

export interface Operation {
  /** `<group>.<method>` as in the spec, e.g. `devices.get_status`. */
  readonly id: string;
  readonly method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  readonly path: string;
  /** `client`: the token APIs, signed without an access token. */
  readonly auth: "token" | "client";
  /** May the runtime send it twice? */
  readonly retrySafe: boolean;
  readonly params: readonly Param[];
  readonly rules: readonly Rule[];
  readonly pagination: Pagination | null;
  /** The result's schema, checked only with `strictResponses`. */
  readonly result: Schema;
  /** The warning the first call gives, when the spec deprecates the operation. */
  readonly deprecated?: string;
}
