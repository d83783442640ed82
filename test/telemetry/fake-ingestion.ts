import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** One telemetry item as Application Insights' ingestion endpoint receives it. */
export interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}

/**
 * A stand-in for Application Insights' ingestion endpoint (`POST /v2.1/track`, gzip JSON): it
 * records what the exporter sends and accepts it, so a test can read the telemetry offline. The
 * exporter speaks only https, so the stand-in has a certificate of its own for 127.0.0.1, made
 * with openssl; `caFile` is for the server's NODE_EXTRA_CA_CERTS.
 */
export async function startFakeIngestion(): Promise<{
  connectionString: string;
  caFile: string;
  envelopes: Envelope[];
  raw: string[];
  close(): Promise<void>;
}> {
  const envelopes: Envelope[] = [];
  const raw: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-ingestion-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const server = https.createServer(
    { key: fs.readFileSync(key), cert: fs.readFileSync(cert) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
        const text = body.toString('utf8');
        raw.push(text);
        let items: Envelope[] = [];
        try {
          const parsed = JSON.parse(text) as Envelope | Envelope[];
          items = Array.isArray(parsed) ? parsed : [parsed];
        } catch {
          items = text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Envelope);
        }
        envelopes.push(...items);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: `InstrumentationKey=00000000-0000-4000-8000-00000000a1a1;IngestionEndpoint=https://127.0.0.1:${port}/`,
    caFile: cert,
    envelopes,
    raw,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}
