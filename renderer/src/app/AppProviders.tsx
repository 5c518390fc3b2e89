import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { ApiProvider, createQueryClient, type ApiClient } from '../api';
import { ACCESSIBLE_ICONS } from './accessible-icons';
import { useChineseStepHandlerNames } from './step-handler-names';
import { usePrefersReducedMotion, withMotion } from './reduced-motion';
import { APP_THEME } from './theme';

// antd would render two-character labels as "保 存"; keep "保存", the label clerks (and tests) look for.
const BUTTON = { autoInsertSpace: false };
// Labels are accessible names: no ":" added to them (the "*" is kept out by app.css).
const FORM = { colon: false };

/**
 * antd in Chinese with the app's density, antd's App (message/modal context), the api client and the read cache
 * (one per mounted app, so each test render starts empty); number fields' step buttons named in Chinese; no motion
 * when the system asks for reduced motion.
 */
export function AppProviders({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useChineseStepHandlerNames();
  const reduced = usePrefersReducedMotion();
  const theme = useMemo(() => withMotion(APP_THEME, reduced), [reduced]);
  return (
    <ConfigProvider
      locale={zhCN}
      componentSize="middle"
      theme={theme}
      button={BUTTON}
      form={FORM}
      {...ACCESSIBLE_ICONS}
    >
      <AntdApp>
        <ApiProvider api={api}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
