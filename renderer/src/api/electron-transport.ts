import type { Result } from '../../../shared/contract';
import { connectionLost, isResultEnvelope, type Transport } from './transport';

/** The object the preload exposes with contextBridge (only the part the renderer uses). */
export interface TaizhangBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** The preload's bridge, when the page runs inside the Electron window. */
export function findBridge(): TaizhangBridge | null {
  const bridge = (window as unknown as { taizhang?: Partial<TaizhangBridge> }).taizhang;
  return bridge && typeof bridge.invoke === 'function' ? (bridge as TaizhangBridge) : null;
}

export function createElectronTransport(bridge: TaizhangBridge): Transport {
  return {
    async invoke(channel, input) {
      try {
        const result = await bridge.invoke(channel, input ?? {});
        return isResultEnvelope(result) ? result : connectionLost();
      } catch {
        return connectionLost();
      }
    },
  };
}
