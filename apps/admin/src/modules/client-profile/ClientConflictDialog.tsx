import { diffClientFields } from '@kartoteka/domain';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow,
  Typography, useMediaQuery, useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { useCardValueFormatter } from './useCardValueFormatter';

export type ConflictDetails = { currentVersion: number; current: Record<string, unknown>; updatedAt?: string };

type Props = {
  /** The card the user started editing from (cardSnapshotFromClient). */
  base: Record<string, unknown>;
  details: ConflictDetails;
  /** The user's own change: field → new value (domain names). */
  mine: Record<string, unknown>;
  busy: boolean;
  onReapply(): void;
  onDiscard(): void;
};

/** F3.4: never a silent overwrite. Shows what someone else changed, marks overlaps, and lets the user choose. */
export function ClientConflictDialog({ base, details, mine, busy, onReapply, onDiscard }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const fmt = useCardValueFormatter();
  const theirs = diffClientFields(base, details.current);
  const myFields = Object.keys(mine);
  return (
    <Dialog open fullScreen={fullScreen} maxWidth="md" fullWidth aria-labelledby="conflict-title" data-testid="conflict-dialog">
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 2 }}>{t('conflict.intro', { time: formatDateTime(details.updatedAt, locale) })}</Typography>
        <Table size="small" aria-label={t('conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('conflict.field')}</TableCell>
              <TableCell>{t('conflict.was')}</TableCell>
              <TableCell>{t('conflict.now')}</TableCell>
              <TableCell>{t('conflict.yours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {theirs.map((c) => (
              <TableRow key={c.field} data-testid="conflict-change" data-field={c.field}>
                <TableCell sx={{ fontWeight: 600 }}>
                  {fmt.label(c.field)}
                  {myFields.includes(c.field) && <Chip label={t('conflict.overlap')} color="warning" sx={{ ml: 1, height: 20 }} />}
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>{fmt.value(c.field, c.from)}</TableCell>
                <TableCell>{fmt.value(c.field, c.to)}</TableCell>
                <TableCell>{myFields.includes(c.field) ? fmt.value(c.field, mine[c.field]) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('conflict.mine', { fields: myFields.map(fmt.label).join(', ') })}
        </Alert>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onDiscard} disabled={busy} data-testid="conflict-discard">{t('conflict.discard')}</Button>
        <Button onClick={onReapply} variant="contained" disabled={busy} data-testid="conflict-reapply">{t('conflict.reapply')}</Button>
      </DialogActions>
    </Dialog>
  );
}
