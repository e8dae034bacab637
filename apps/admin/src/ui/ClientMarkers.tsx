import BlockIcon from '@mui/icons-material/Block';
import HourglassIcon from '@mui/icons-material/HourglassTop';
import TruckIcon from '@mui/icons-material/LocalShipping';
import ConflictIcon from '@mui/icons-material/SentimentVeryDissatisfied';
import { Box, Chip, type SvgIconProps } from '@mui/material';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  isConflict: boolean;
  isSupplier: boolean;
  status: string;
  bookingMode?: string | null;
  size?: 'small' | 'medium';
};

/**
 * The markers shown wherever a client appears: red conflict face, supplier truck, inactive, booking restriction.
 * Each has a text for screen readers and a native hover title (no tooltip library on the list, the first screen).
 */
export function ClientMarkers({ isConflict, isSupplier, status, bookingMode, size = 'small' }: Props) {
  const { t } = useTranslation();
  const fontSize = size === 'small' ? 'small' : 'medium';
  const marker = (Icon: ComponentType<SvgIconProps>, label: string, color: string, kind: string) => (
    <Box component="span" title={label} role="img" aria-label={label} data-marker={kind} sx={{ display: 'inline-flex' }}>
      <Icon fontSize={fontSize} sx={{ color }} aria-hidden />
    </Box>
  );
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, verticalAlign: 'middle' }}>
      {isConflict && marker(ConflictIcon, t('markers.conflict'), 'error.main', 'conflict')}
      {isSupplier && marker(TruckIcon, t('markers.supplier'), 'text.secondary', 'supplier')}
      {bookingMode === 'BLOCKED' && marker(BlockIcon, t('markers.bookingBlocked'), 'warning.dark', 'booking')}
      {bookingMode === 'REQUIRE_APPROVAL' && marker(HourglassIcon, t('markers.bookingApproval'), 'warning.main', 'booking')}
      {status === 'INACTIVE' && <Chip label={t('markers.inactive')} variant="outlined" sx={{ height: 20 }} data-marker="inactive" />}
    </Box>
  );
}
