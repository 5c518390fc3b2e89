export { createApiClient, createDefaultApiClient } from './client';
export type { ApiClient, ApiClientOptions, JobChannel, JobProgress } from './client';
export { ApiProvider, useApi } from './ApiContext';
export { createHttpTransport } from './http-transport';
export type { HttpTransportOptions } from './http-transport';
export { createElectronTransport, findBridge } from './electron-transport';
export type { TaizhangBridge } from './electron-transport';
export { captureTokenFromUrl, readToken, TOKEN_STORAGE_KEY } from './token';
export { CONNECTION_LOST_MESSAGE, isResultEnvelope } from './transport';
export type { Transport } from './transport';
export { applyServerError, useServerError } from './server-errors';
export {
  BADGE_CHANNELS,
  ChannelError,
  createQueryClient,
  readKey,
  useFetch,
  useInvalidate,
  usePutRead,
  useRead,
  useReadMany,
  useWrite,
} from './query';
export type { Read, ReadMany, ReadOptions, Write, WriteOptions } from './query';
export { onSessionExpired, reportSessionExpired } from './session-events';
