// startup.ts calls z.config({ jitless: true }) and z.config(z.locales.zhCN()), and sets the dayjs locale;
// it must stay the first import so it runs before anything else.
import './startup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDefaultApiClient } from './api';
import { App } from './app/App';
import './app/app.css';

const api = createDefaultApiClient();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
