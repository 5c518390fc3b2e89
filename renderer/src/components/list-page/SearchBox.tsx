import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

const SEARCH_DELAY_MS = 300;

interface SearchBoxProps {
  value: string;
  placeholder: string;
  onSearch: (q: string) => void;
  width?: number;
  /** The box's accessible name when it searches one thing (记录编号); 搜索 otherwise. */
  label?: string;
}

/** The filter bar's search box: searches after a pause in typing (~300 ms) or on Enter. */
export function SearchBox({ value, placeholder, onSearch, width = 320, label = '搜索' }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // 重置 or back changed the address under the box.
  if (value !== shown) {
    setShown(value);
    if (value.trim() !== text.trim()) setText(value);
  }
  const run = (q: string) => {
    clearTimeout(timer.current);
    onSearch(q.trim());
  };
  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      allowClear
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        clearTimeout(timer.current);
        const q = e.target.value;
        timer.current = setTimeout(() => onSearch(q.trim()), SEARCH_DELAY_MS);
      }}
      onSearch={run}
      style={{ width }}
    />
  );
}
