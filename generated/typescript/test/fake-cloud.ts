/**
 * The Python fake cloud (`python -m tuya_cloud.testing --control`) as a subprocess on 127.0.0.1, and
 * its control API (inject faults, expire tokens, read the request log; see tuya_cloud/testing/control.py).
 *
 * The interpreter is $TUYA_PYTHON (default python3); the repository's generated/ directory is put on
 * PYTHONPATH, so tuya_cloud need not be installed, only its dependencies (requests, pydantic).
 */

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { TuyaCloud, type TuyaCloudOptions } from "tuya-cloud-sdk";

/** generated/typescript/, found from this file's place in dist-test/test/. */
export const PACKAGE_ROOT = path.resolve(fileURLToPath(import.meta.url), "../../..");
export const REPO_ROOT = path.resolve(PACKAGE_ROOT, "../..");
export const PYTHON = process.env["TUYA_PYTHON"] || "python3";

export const Seed = {
  USER_ID: "az1700000000000abcde",
  LIGHT_ID: "vdevo170000000000101",
  PLUG_ID: "vdevo170000000000103",
} as const;

export const COMMAND = [{ code: "switch_led", value: true }];

/** One request as the fake cloud saw it (secrets masked). */
export interface RequestRecord {
  method: string;
  path: string;
  operation: string | null;
  query: Record<string, string>;
  body: unknown;
  signature_ok: boolean;
  code: number | null;
  fault: string | null;
}

export interface CloudState {
  token_grants: number;
  token_refreshes: number;
  requests: RequestRecord[];
  issued_secrets: string[];
}

export interface Fault {
  operation?: string;
  times?: number | null;
  latency?: number;
  http_status?: number;
  garbage?: boolean;
  error_code?: number;
  error_msg?: string;
  drop_connection?: boolean;
  retry_after?: number;
  /** The whole reply body, as JSON data. */
  reply?: unknown;
}

/** The Python interpreter's environment: the repository's tuya_cloud importable without installing it. */
export function pythonEnv(): NodeJS.ProcessEnv {
  const generated = path.join(REPO_ROOT, "generated");
  const current = process.env["PYTHONPATH"];
  return { ...process.env, PYTHONPATH: current ? `${generated}${path.delimiter}${current}` : generated };
}

export class FakeCloud {
  private constructor(
    private readonly process: ChildProcess,
    readonly baseUrl: string,
    readonly accessId: string,
    readonly accessSecret: string,
  ) {}

  static async start(): Promise<FakeCloud> {
    const child = spawn(PYTHON, ["-m", "tuya_cloud.testing", "--port", "0", "--control"], {
      env: pythonEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const found = new Map<string, string>();
    const lines = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the fake cloud printed no settings in 30 s: ${stderr}`)), 30_000);
      child.on("exit", (code) => reject(new Error(`the fake cloud exited (${code}): ${stderr}`)));
      child.on("error", reject);
      lines.on("line", (line) => {
        const [key, ...rest] = line.trim().split("=");
        if (key) found.set(key, rest.join("="));
        if (found.has("TUYA_BASE_URL") && found.has("TUYA_ACCESS_ID") && found.has("TUYA_ACCESS_SECRET")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.removeAllListeners("exit");
    return new FakeCloud(child, found.get("TUYA_BASE_URL")!, found.get("TUYA_ACCESS_ID")!, found.get("TUYA_ACCESS_SECRET")!);
  }

  /** A client bound to this server; options override the defaults. */
  client(options: TuyaCloudOptions = {}): TuyaCloud {
    return new TuyaCloud({ accessId: this.accessId, accessSecret: this.accessSecret, baseUrl: this.baseUrl, ...options });
  }

  async control(action: string, body: object = {}): Promise<unknown> {
    const reply = await fetch(`${this.baseUrl}/_fake/${action}`, {
      method: "POST",
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const payload: unknown = await reply.json();
    if (!reply.ok) throw new Error(`control ${action} failed: ${JSON.stringify(payload)}`);
    return payload;
  }

  inject(fault: Fault): Promise<unknown> {
    return this.control("inject", fault);
  }

  async state(): Promise<CloudState> {
    return (await this.control("state")) as CloudState;
  }

  /** How many requests reached `operation`. */
  async calls(operation: string): Promise<number> {
    return (await this.state()).requests.filter((r) => r.operation === operation).length;
  }

  /** A fresh world, no faults, an empty request log, this machine's clock. */
  async reset(): Promise<void> {
    await this.control("reset_world");
    await this.control("clear_faults");
    await this.control("reset_log");
    await this.control("clock", { offset: 0 });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    this.process.kill("SIGTERM");
    await exited;
  }
}
