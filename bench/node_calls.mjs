// Per-call client CPU and wall time of the TypeScript client against the floor (a bare fetch + HMAC +
// JSON loop) and @tuya/tuya-connector-nodejs, on the same fake cloud; run by bench/run.py.
//
//   node bench/node_calls.mjs '<json settings>'   ->   one JSON report on stdout
//
// settings: baseUrl, accessId, accessSecret, deviceId, sdk (path of the built dist/index.js), connector
// (path of the connector's lib/index.js, or null), rounds, callsPerRound, warmup. Calls run one at a time;
// contenders alternate and rotate their order each round, as in the Python part of the benchmark.

import { createHash, createHmac, randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";

const settings = JSON.parse(process.argv[2]);
const COMMAND = [{ code: "switch_led", value: true }];
const TIMEOUT_MS = 30_000; // the SDK's default, so every contender has a timeout

/** The floor: global fetch, inline signing (current algorithm with nonce), JSON.parse. Nothing else. */
class Floor {
  constructor({ baseUrl, accessId, accessSecret }) {
    this.base = baseUrl;
    this.clientId = accessId;
    this.secret = accessSecret;
    this.token = "";
  }

  async connect() {
    const result = (await this.request("GET", "/v1.0/token?grant_type=1")).result;
    this.token = result.access_token;
  }

  async request(method, url, body) {
    const data = body === undefined ? "" : JSON.stringify(body);
    const t = String(Date.now());
    const nonce = randomUUID().replaceAll("-", "");
    const toSign = `${method}\n${createHash("sha256").update(data).digest("hex")}\n\n${url}`;
    const sign = createHmac("sha256", this.secret)
      .update(this.clientId + this.token + t + nonce + toSign)
      .digest("hex")
      .toUpperCase();
    const headers = { client_id: this.clientId, sign, sign_method: "HMAC-SHA256", t, nonce };
    if (this.token) headers.access_token = this.token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const reply = await fetch(this.base + url, {
      method,
      headers,
      body: body === undefined ? undefined : data,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const envelope = JSON.parse(await reply.text());
    if (envelope.success !== true) throw new Error(`floor ${method} ${url}: ${JSON.stringify(envelope)}`);
    return envelope;
  }
}

async function contenders() {
  const { deviceId } = settings;
  const statusPath = `/v1.0/devices/${deviceId}/status`;
  const commandPath = `/v1.0/devices/${deviceId}/commands`;
  const floor = new Floor(settings);
  await floor.connect();
  const { TuyaCloud } = await import(pathToFileURL(settings.sdk).href);
  const sdk = new TuyaCloud({ accessId: settings.accessId, accessSecret: settings.accessSecret, baseUrl: settings.baseUrl });
  const status = {
    floor: () => floor.request("GET", statusPath),
    "tuya-cloud-sdk": () => sdk.devices.getStatus({ device_id: deviceId }),
  };
  const command = {
    floor: () => floor.request("POST", commandPath, { commands: COMMAND }),
    "tuya-cloud-sdk": () => sdk.deviceControl.sendCommands({ device_id: deviceId, commands: COMMAND }),
  };
  if (settings.connector) {
    const module = await import(pathToFileURL(settings.connector).href);
    const TuyaContext = module.TuyaContext ?? module.default.TuyaContext;
    const peer = new TuyaContext({ baseUrl: settings.baseUrl, accessKey: settings.accessId, secretKey: settings.accessSecret });
    const checked = async (promise) => {
      const reply = await promise;
      if (!reply || reply.success !== true) throw new Error(`tuya-connector-nodejs call failed: ${JSON.stringify(reply)}`);
      return reply;
    };
    status["tuya-connector-nodejs"] = () => checked(peer.request({ method: "GET", path: statusPath }));
    command["tuya-connector-nodejs"] = () =>
      checked(peer.request({ method: "POST", path: commandPath, body: { commands: COMMAND } }));
  }
  return { get_status: status, send_commands: command };
}

function rotated(items, round) {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

async function measure(calls) {
  const names = Object.keys(calls);
  for (const name of names) for (let i = 0; i < settings.warmup; i++) await calls[name]();
  const cpu = Object.fromEntries(names.map((name) => [name, []]));
  const wall = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const name of rotated(names, round)) {
      const call = calls[name];
      globalThis.gc?.();
      const cpu0 = process.cpuUsage();
      const wall0 = process.hrtime.bigint();
      for (let i = 0; i < settings.callsPerRound; i++) await call();
      const used = process.cpuUsage(cpu0);
      const elapsed = Number(process.hrtime.bigint() - wall0) / 1e3;
      cpu[name].push((used.user + used.system) / settings.callsPerRound / 1e6);
      wall[name].push(elapsed / settings.callsPerRound / 1e6);
    }
  }
  return { cpu_s: cpu, wall_s: wall };
}

const report = { node: process.version };
for (const [operation, calls] of Object.entries(await contenders())) {
  report[operation] = await measure(calls);
}
process.stdout.write(JSON.stringify(report) + "\n");
