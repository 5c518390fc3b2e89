import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button } from 'antd';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/result';
import { useConfirmWrite, useWriteMessage, type ConfirmedWrite } from '../../renderer/src/components/useConfirmWrite';
import { SETTINGS, createFakeApi } from './fake-api';
import { renderWithApp } from './render';

// The confirmation before a write (删除, 移除, 恢复, 停用 …) and the message after it, shared by the list pages,
// the placement history, the contact history, the training class and the account list.

const OK: Result<{ n: number }> = { ok: true, data: { n: 7 } };
const REFUSED: Result<{ n: number }> = {
  ok: false,
  error: { code: 'RULE_VIOLATION', message: '该记录已锁定，不能删除' },
};

function Confirm({ spec }: { spec: ConfirmedWrite }) {
  const confirm = useConfirmWrite();
  return <Button onClick={() => confirm(spec)}>开始</Button>;
}

function Tell({ result }: { result: Result<{ n: number }> }) {
  const tell = useWriteMessage();
  return <Button onClick={() => tell(result, (d) => `已处理 ${d.n} 条`)}>开始</Button>;
}

const spec = (write: ConfirmedWrite['write'], after = vi.fn()): ConfirmedWrite => ({
  title: '删除记录',
  content: '确定删除这条记录吗？',
  okText: '删除',
  danger: true,
  write,
  done: '已删除这条记录',
  after,
});

const show = (ui: ReactElement) => renderWithApp(ui, { api: createFakeApi({}).api, settings: SETTINGS });

async function open(s: ConfirmedWrite) {
  show(<Confirm spec={s} />);
  await userEvent.click(screen.getByRole('button', { name: '开始' }));
  return (await screen.findByText('确定删除这条记录吗？')).closest('.ant-modal') as HTMLElement;
}

describe('useConfirmWrite', { timeout: 30_000 }, () => {
  it('asks first: 取消 writes nothing', async () => {
    const write = vi.fn(async () => OK);
    const dialog = await open(spec(write));
    expect(dialog).toHaveTextContent('删除记录');
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(write).not.toHaveBeenCalled();
    expect(screen.queryByText('已删除这条记录')).not.toBeInTheDocument();
  });

  it('goes ahead on the red OK button: one write, the success message, `after` told it succeeded', async () => {
    const write = vi.fn(async () => OK);
    const after = vi.fn();
    await open(spec(write, after));
    const ok = screen.getByRole('button', { name: '删除' });
    expect(ok).toHaveClass('ant-btn-dangerous');
    await userEvent.click(ok);
    expect(await screen.findByText('已删除这条记录')).toBeInTheDocument();
    expect(write).toHaveBeenCalledTimes(1);
    expect(after).toHaveBeenCalledWith(true);
  });

  it("shows the core's refusal and tells `after` it failed", async () => {
    const after = vi.fn();
    await open(spec(async () => REFUSED, after));
    await userEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByText('该记录已锁定，不能删除')).toBeInTheDocument();
    expect(screen.queryByText('已删除这条记录')).not.toBeInTheDocument();
    expect(after).toHaveBeenCalledWith(false);
  });

  it('keeps the OK button plain when the write removes nothing', async () => {
    await open({ ...spec(async () => OK), danger: undefined });
    expect(screen.getByRole('button', { name: '删除' })).not.toHaveClass('ant-btn-dangerous');
  });
});

describe('useWriteMessage', { timeout: 30_000 }, () => {
  it.each([
    [OK, '已处理 7 条'],
    [REFUSED, '该记录已锁定，不能删除'],
  ])('says how the write went (%#)', async (result, text) => {
    show(<Tell result={result} />);
    await userEvent.click(screen.getByRole('button', { name: '开始' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
