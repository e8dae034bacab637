import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField, useMediaQuery, useTheme } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../ui/useDebouncedValue';

type Props = { value: string; onSearch(q: string): void };

/**
 * One box for everything (name, phone fragment, e-mail, #number, NIP, tag). Typing updates the URL only after a
 * 250 ms pause, so there is one request per pause; "/" focuses the box from anywhere outside an input.
 */
export function ClientsSearchBox({ value, onSearch }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, 250);
  const input = useRef<HTMLInputElement>(null);
  const lastSent = useRef(value);
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));

  // back/forward changed the URL: show its search
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (debounced !== lastSent.current) {
      lastSent.current = debounced;
      onSearch(debounced);
    }
  }, [debounced, onSearch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (typing) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <TextField
      inputRef={input}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setText('');
      }}
      placeholder={narrow ? t('list.searchShort') : t('list.search')}
      type="search"
      autoComplete="off"
      slotProps={{
        htmlInput: { 'aria-label': t('list.searchShort'), 'data-testid': 'client-search', enterKeyHint: 'search' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end" sx={{ display: { xs: 'none', md: 'flex' } }}>
              <kbd style={{ fontSize: 12, border: '1px solid #ccc', borderRadius: 4, padding: '0 6px', color: '#666' }} title={t('list.searchHint')}>
                /
              </kbd>
            </InputAdornment>
          ),
        },
      }}
      sx={{ bgcolor: 'background.paper' }}
    />
  );
}
