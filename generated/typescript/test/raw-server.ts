/**
 * A raw HTTP/1.1 server on 127.0.0.1 for replies no well-behaved server makes: silence, a byte drip, a
 * malformed chunk, any bytes at all. It reads each request (headers and Content-Length body), answers
 * token requests with a token unless told otherwise, and hands every other request to `reply`, which
 * writes what it likes on the socket. Sockets are destroyed on close, so a silent reply cannot keep
 * the test process alive.
 */

import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface RawRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Writes the reply to one request; may write nothing, write slowly, or destroy the socket. */
export type Reply = (socket: Socket, request: RawRequest) => void;

export const TOKEN_REPLY = '{"success":true,"result":{"access_token":"at","refresh_token":"rt","expire_time":7200,"uid":"u"},"t":1}';

/** A complete HTTP/1.1 reply with a JSON (or any) body. */
export function http(body: string, status = 200, headers: Readonly<Record<string, string>> = {}): string {
  const lines = [`HTTP/1.1 ${status} X`, `Content-Length: ${Buffer.byteLength(body)}`, "Content-Type: application/json"];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return lines.join("\r\n") + "\r\n\r\n" + body;
}

/** A reply that sends `body` as JSON. */
export function answer(body: string, status = 200, headers: Readonly<Record<string, string>> = {}): Reply {
  return (socket) => socket.write(http(body, status, headers));
}

export class RawServer {
  /** Every request that reached `reply` (token requests not included unless `token` is set). */
  readonly requests: RawRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  /** Starts a server; `token` answers the token requests (default: a valid token). */
  static async start(reply: Reply, token: Reply = answer(TOKEN_REPLY)): Promise<RawServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const raw = new RawServer(server, `http://127.0.0.1:${port}`);
    server.on("connection", (socket) => raw.serve(socket, reply, token));
    return raw;
  }

  /** A timer that stops with the server (for replies that drip). */
  every(ms: number, tick: () => boolean): void {
    const timer = setInterval(() => {
      if (!tick()) {
        clearInterval(timer);
        this.timers.delete(timer);
      }
    }, ms);
    this.timers.add(timer);
  }

  private serve(socket: Socket, reply: Reply, token: Reply): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => undefined); // the client gave up: nothing to do
    let buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const [line = "", ...fields] = buffer.subarray(0, end).toString("latin1").split("\r\n");
        const headers: Record<string, string> = {};
        for (const field of fields) {
          const colon = field.indexOf(":");
          headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
        }
        const length = Number(headers["content-length"] ?? "0");
        if (buffer.length < end + 4 + length) return;
        const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
        buffer = buffer.subarray(end + 4 + length);
        const [method = "", target = ""] = line.split(" ");
        const request = { method, target, headers, body };
        if (target.startsWith("/v1.0/token")) {
          token(socket, request);
        } else {
          this.requests.push(request);
          reply(socket, request);
        }
      }
    });
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
