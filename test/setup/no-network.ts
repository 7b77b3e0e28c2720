/**
 * Tests never reach outside this machine: connections to anything but loopback fail at once
 * with a message naming the host, instead of hanging or leaking data.
 */
import net from 'node:net';

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|0\.0\.0\.0)$/;
const original = net.Socket.prototype.connect;

net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  let host: string | undefined;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) host = first.path ? undefined : (first.host ?? 'localhost');
  else if (typeof first === 'number') host = typeof args[1] === 'string' ? args[1] : 'localhost';
  if (host !== undefined && !LOCAL.test(host)) {
    throw new Error(`Tests may not connect to ${host}: outbound network is blocked.`);
  }
  return original.apply(this, args as Parameters<typeof original>);
} as typeof original;
