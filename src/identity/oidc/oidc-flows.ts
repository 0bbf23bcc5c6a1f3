import { randomBytes } from 'node:crypto';
import type { FlowSecrets } from './oidc-client.js';

/**
 * Sign-ins under way, kept server-side and found by a random id in a short-lived cookie of the
 * browser that started them. A flow is taken (removed) when its callback arrives, so a replayed
 * callback finds nothing. In memory: a restart only means starting the sign-in again.
 */
export interface OidcFlow {
  secrets: FlowSecrets;
  redirectUri: string;
  /** `test`: Settings → Sign-in's test, which shows what came back and signs nobody in. */
  mode: 'signin' | 'test';
  /** The admin who started a test; only they may read its result. */
  testerId?: number;
  createdAt: number;
}

export const FLOW_TTL_MS = 10 * 60_000;
const MAX_FLOWS = 1000;

export class OidcFlows<R = unknown> {
  private readonly flows = new Map<string, OidcFlow>();
  private readonly results = new Map<string, { ownerId: number; createdAt: number; result: R }>();

  begin(flow: OidcFlow): string {
    this.prune(flow.createdAt);
    // Bounded: unauthenticated visitors can start flows; the oldest give way first.
    if (this.flows.size >= MAX_FLOWS) this.flows.delete(this.flows.keys().next().value!);
    const id = randomBytes(24).toString('base64url');
    this.flows.set(id, flow);
    return id;
  }

  take(id: string | undefined, now: number): OidcFlow | undefined {
    if (!id) return undefined;
    const flow = this.flows.get(id);
    this.flows.delete(id);
    return flow && now - flow.createdAt <= FLOW_TTL_MS && now >= flow.createdAt ? flow : undefined;
  }

  keepResult(ownerId: number, result: R, now: number): string {
    this.prune(now);
    const id = randomBytes(16).toString('base64url');
    this.results.set(id, { ownerId, createdAt: now, result });
    return id;
  }

  /** A test result for the admin who ran it, once. */
  takeResult(id: string, ownerId: number, now: number): R | undefined {
    const kept = this.results.get(id);
    if (!kept || kept.ownerId !== ownerId || now - kept.createdAt > FLOW_TTL_MS) return undefined;
    this.results.delete(id);
    return kept.result;
  }

  private prune(now: number): void {
    for (const [id, f] of this.flows) if (now - f.createdAt > FLOW_TTL_MS) this.flows.delete(id);
    for (const [id, r] of this.results) if (now - r.createdAt > FLOW_TTL_MS) this.results.delete(id);
  }
}
