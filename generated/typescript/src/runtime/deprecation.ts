/** Deprecated operations and parameters keep working and warn once per process (a Node DeprecationWarning). */

const warned = new Set<string>();

/** Emits `message` as a DeprecationWarning the first time it comes up; `--no-deprecation` silences it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, { type: "DeprecationWarning", code: "TUYA_DEPRECATED" });
}
