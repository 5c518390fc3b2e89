import { allHandlers } from '../../electron/core/modules';

/**
 * The channels the core answers: the keys of the handler map dispatch calls, not the contract's CHANNELS list
 * the shell derives its bindings from. Checking the shell against this list makes a channel the preload or IPC
 * leaves out (or one without a core handler) fail.
 */
export const CORE_CHANNELS: readonly string[] = Object.keys(allHandlers).sort();
