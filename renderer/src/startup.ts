// Imported first by main.tsx, so it runs before any schema parses anything.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { z } from 'zod';

// Strict CSP forbids eval: stop zod probing `new Function`.
z.config({ jitless: true });
// Chinese messages for any check whose schema does not carry its own message.
z.config(z.locales.zhCN());
dayjs.locale('zh-cn');
