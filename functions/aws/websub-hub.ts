// WebSub publisher side: after feeds change, tell the configured hub so subscribers get them at once
// (W3C WebSub §4: a form POST with hub.mode=publish and the topic URL).

import type { HubNotifier } from '../core/publish/ports.ts';

const TIMEOUT_MS = 5_000;

export class WebSubHub implements HubNotifier {
  constructor(private readonly hubUrl: string) {}

  async notify(urls: string[]): Promise<void> {
    for (const url of urls) {
      const response = await fetch(this.hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`WebSub hub ${this.hubUrl} answered ${response.status} for ${url}.`);
    }
  }
}
