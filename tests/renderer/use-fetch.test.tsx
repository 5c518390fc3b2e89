import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFetch } from '../../renderer/src/api';
import type { Result } from '../../shared/contract';
import { createFakeApi, failed, ok, SETTINGS } from './fake-api';
import { renderWithApp } from './render';

// useFetch (renderer/src/api/query.ts): a read on demand goes through the read cache and answers as a Result.

function Probe({ id, label, onResult }: { id: string; label: string; onResult: (r: Result<unknown>) => void }) {
  const fetchRead = useFetch();
  const [shown, setShown] = useState('');
  const click = async () => {
    const r = await fetchRead('employers.get', { id });
    onResult(r);
    setShown(r.ok ? '有' : r.error.message);
  };
  return (
    <button type="button" onClick={() => void click()}>
      {label}
      {shown}
    </button>
  );
}

describe('useFetch', () => {
  it('answers the record as ok, reads again at each click (never a stale record for an edit), and a refusal as its error', async () => {
    let name = '和田县园林队';
    const { api, callsTo } = createFakeApi({
      'employers.get': (input) =>
        input.id === 'gone' ? failed('NOT_FOUND', '找不到该用人单位，可能已被删除。') : ok({ id: input.id, name }),
    });
    const results: Result<unknown>[] = [];
    const keep = (r: Result<unknown>) => void results.push(r);
    renderWithApp(
      <>
        <Probe id="e1" label="读取" onResult={keep} />
        <Probe id="gone" label="读取已删除" onResult={keep} />
      </>,
      { api, settings: SETTINGS },
    );
    const first = screen.getAllByRole('button')[0];
    await act(async () => first.click());
    name = '和田县环卫所';
    await act(async () => first.click());
    expect(results).toEqual([ok({ id: 'e1', name: '和田县园林队' }), ok({ id: 'e1', name: '和田县环卫所' })]);
    expect(callsTo('employers.get')).toEqual([{ id: 'e1' }, { id: 'e1' }]);

    await act(async () => screen.getAllByRole('button')[1].click());
    expect(results[2]).toEqual(failed('NOT_FOUND', '找不到该用人单位，可能已被删除。'));
    expect(await screen.findByRole('button', { name: /^读取已删除\s*找不到该用人单位，可能已被删除。$/ })).toBeTruthy();
  });
});
