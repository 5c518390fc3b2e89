import type { MessageInstance } from 'antd/es/message/interface';

/** After a save: the success line, then the core's warnings (what the clerk should check) as one warning line. */
export function announceSaved(message: MessageInstance, text: string, warnings: Record<string, string>): void {
  message.success(text);
  const notes = Object.values(warnings);
  if (notes.length) message.warning(`请核对：${notes.join('；')}`);
}
