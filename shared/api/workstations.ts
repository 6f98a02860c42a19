import { z } from 'zod';
import { mutation, query } from './contract';
import { empty, id } from './fields';

export interface WorkstationView {
  id: number;
  name: string;
  pairedAt: string;
  pairedFrom: string | null;
  /** The last call it made: when, from which address, by whom. */
  lastSeenAt: string | null;
  lastAddress: string | null;
  lastUsername: string | null;
  revokedAt: string | null;
}

export interface PairingCodeView {
  /** Typed on the workstation; valid once, for a few minutes. */
  code: string;
  expiresAt: string;
  /** SHA-256 of Tram's CA certificate: the workstation shows the one it pinned. */
  caFingerprint: string;
  /** Addresses the workstation can use for this server. */
  urls: string[];
}

export interface PairResult {
  workstationId: number;
  /** Sent with every call from now on (x-tram-workstation); shown to no one. */
  credential: string;
  /** HMAC with the pairing code: proves to the workstation that this server knew the code. */
  serverProof: string;
}

export interface NetworkCertificateView {
  caFingerprint: string;
  serverFingerprint: string;
  /** Names and addresses the server certificate covers. */
  names: string[];
  validTo: string;
  /** The CA certificate (PEM) to install on browser PCs; also at /ca.crt. */
  caCertificate: string;
}

/** This desktop app as a workstation of another Tram (desktop only). */
export interface WorkstationLinkView {
  mode: 'standalone' | 'workstation';
  /** Whether this app can connect to a server at all (false in a browser). */
  available: boolean;
  server: { url: string; caFingerprint: string; name: string; pairedAt: string } | null;
}

/** A server's address as staff type it: host or IP, optional port; https is implied. */
export const serverAddress = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(200)
  .regex(/^(https:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$/, 'workstation.addressFormat');

export const workstationsApi = {
  'workstations.list': query<WorkstationView[]>()({
    input: empty,
    access: ['admin'],
    summary: 'Workstations paired with this Tram, with their last call; revoked ones too.',
  }),
  'workstations.pairingCode': mutation<PairingCodeView>()({
    input: empty,
    access: ['admin'],
    summary: 'Makes a one-time pairing code (LAN mode only) for a new workstation to type.',
  }),
  'workstations.revoke': mutation<WorkstationView>()({
    input: z.object({ id }),
    access: ['admin'],
    summary: 'Revokes a workstation: its calls are refused and its sessions end.',
  }),
  'workstations.pair': mutation<PairResult>()({
    input: z.object({
      name: z.string().trim().min(1, 'validation.required').max(100),
      nonce: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
      proof: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    access: 'public',
    summary:
      'Called by a workstation over HTTPS: proves it knows the pairing code and saw this CA; returns its credential.',
  }),
  'network.certificate': query<NetworkCertificateView>()({
    input: empty,
    access: ['admin'],
    summary:
      "LAN mode's certificate authority and server certificate (made on first use), with fingerprints.",
  }),
  'workstation.status': query<WorkstationLinkView>()({
    input: empty,
    access: 'public',
    summary: 'Whether this desktop app works on its own or as a workstation of another Tram.',
  }),
  'workstation.connect': mutation<WorkstationLinkView>()({
    input: z.object({
      address: serverAddress,
      code: z.string().trim().min(1, 'validation.required').max(40),
      name: z.string().trim().min(1, 'validation.required').max(100),
    }),
    access: 'public',
    summary:
      'Desktop only, before setup or by an admin: pairs with a Tram server and sends every call there.',
  }),
  'workstation.disconnect': mutation<WorkstationLinkView>()({
    input: empty,
    access: ['admin'],
    summary: 'Desktop only: stops being a workstation and works on its own database again.',
  }),
} as const;
