import { createHmac } from 'node:crypto';

// What a person's authenticator app does with the setup key the portal shows: written here from
// RFC 6238 on its own, so the journeys check the portal against an independent implementation.
function base32ToBytes(key: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of key.toUpperCase().replace(/[^A-Z2-7]/g, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => parseInt(b, 2)));
}

export function currentStep(at = Date.now()): number {
  return Math.floor(at / 30_000);
}

export function codeFor(setupKey: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32ToBytes(setupKey)).update(counter).digest();
  const offset = mac[19] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

// One app per person (and portal), remembering the last time step it gave the portal: the portal
// refuses a step twice, and journeys sign the same person in more often than every 30 seconds.
export interface Device {
  readonly setupKey: string;
  readonly recoveryCodes: string[];
  lastStep: number;
}

const devices = new Map<string, Device>();

export function deviceOf(url: string, email: string): Device | undefined {
  return devices.get(`${url} ${email.toLowerCase()}`);
}

export function addDevice(url: string, email: string, device: Device): void {
  devices.set(`${url} ${email.toLowerCase()}`, device);
}

// The next code the portal will take: now's step, or the next one if now's is spent; null when
// both are spent (the journey then uses a recovery code rather than wait).
export function nextCode(device: Device): string | null {
  const now = currentStep();
  const step = Math.max(now, device.lastStep + 1);
  if (step > now + 1) return null;
  device.lastStep = step;
  return codeFor(device.setupKey, step);
}
