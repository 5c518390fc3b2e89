import { useState, type KeyboardEvent } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useRead } from '../api';
import { useDebounced } from './useDebounced';

interface LookupSearch<T> {
  /** The answer for exactly the text in the box, or null (nothing typed, not answered yet, or failed). */
  data: T | null;
  /** The answer for the current text has arrived (Enter may take a match). */
  settled: boolean;
  /** Text is typed and its answer is still awaited. */
  searching: boolean;
  error: string | null;
}

/**
 * The search behind a keyboard lookup (persons, contacts): the text is read once typing pauses, and an answer is
 * offered only for the very text in the box. Matches of an earlier text are never shown while a new one loads, so
 * four digits and Enter typed at speed cannot take a person of the previous search.
 */
export function useLookupSearch<C extends Channel>(
  channel: C,
  text: string,
  delayMs: number,
  input: (q: string) => ChannelInput<C>,
): LookupSearch<ChannelOutput<C>> {
  const typed = text.trim();
  const q = useDebounced(typed, delayMs);
  const read = useRead(channel, q ? input(q) : null, { keepPrevious: false });
  const current = typed !== '' && q === typed;
  const answered = current && !read.loading && read.data !== null;
  return {
    data: current && !read.error && !read.loading ? read.data : null,
    settled: answered && !read.error,
    searching: typed !== '' && !answered && !(current && read.error),
    error: current ? read.error : null,
  };
}

/**
 * A keydown handler for the capture phase around a lookup: Enter is held back while the matches of the typed text
 * are still awaited (it would take nothing, or a stale match); once they are there Enter takes the active one.
 */
function holdEnterWhileSearching(search: { searching: boolean }) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && search.searching) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
}

/**
 * The state of a keyboard lookup select (persons, contacts): the typed text and its search (useLookupSearch), the
 * matches as `T`, the Select's search props, and what the open list says when it offers nothing (the error,
 * 正在查找… while the typed text is searched, `notFound` after a search, `prompt` before one).
 */
export function useLookup<C extends Channel, T>(
  channel: C,
  delayMs: number,
  input: (q: string) => ChannelInput<C>,
  items: (answer: ChannelOutput<C>) => T[],
  texts: { notFound: string; prompt: string },
) {
  const [query, setQuery] = useState('');
  const search = useLookupSearch(channel, query, delayMs, input);
  const typing = query.trim() !== '';
  return {
    /** Text is typed: the options are the matches of that text only. */
    typing,
    clear: () => setQuery(''),
    /** While typing only the matches of the very text typed are offered, so Enter never takes the previous choice. */
    options: (chosen: T | null): T[] => (typing ? (search.data ? items(search.data) : []) : chosen ? [chosen] : []),
    /** For the element around the Select (capture phase). */
    holdEnter: holdEnterWhileSearching(search),
    /** The Select's search props, spread onto it. */
    selectProps: {
      loading: search.searching,
      showSearch: { filterOption: false, onSearch: setQuery, searchValue: query, autoClearSearchValue: true },
      notFoundContent: search.error ?? (typing ? (search.searching ? '正在查找…' : texts.notFound) : texts.prompt),
      style: { width: '100%' },
    } as const,
  };
}
