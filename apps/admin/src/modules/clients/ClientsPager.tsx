import { Button, FormControl, InputLabel, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from './useClientListParams';

type Props = {
  page: number;
  size: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  onSize(size: number): void;
};

export function ClientsPager({ page, size, hasPrevious, hasNext, onPrevious, onNext, onSize }: Props) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', py: 1 }} component="nav" aria-label="pagination">
      <FormControl size="small" sx={{ minWidth: 100 }}>
        <InputLabel id="page-size">{t('list.perPage')}</InputLabel>
        <Select labelId="page-size" label={t('list.perPage')} value={size} onChange={(e) => onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
        </Select>
      </FormControl>
      <Typography variant="body2" color="text.secondary" sx={{ px: 1 }}>{t('list.page', { page })}</Typography>
      <Button variant="outlined" disabled={!hasPrevious} onClick={onPrevious}>{t('list.previous')}</Button>
      <Button variant="outlined" disabled={!hasNext} onClick={onNext} data-testid="page-next">{t('list.next')}</Button>
    </Stack>
  );
}
