import BlockIcon from '@mui/icons-material/Block';
import HourglassIcon from '@mui/icons-material/HourglassTop';
import TruckIcon from '@mui/icons-material/LocalShipping';
import ConflictIcon from '@mui/icons-material/SentimentVeryDissatisfied';
import { Box, Chip, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';

type Props = {
  isConflict: boolean;
  isSupplier: boolean;
  status: string;
  bookingMode?: string | null;
  size?: 'small' | 'medium';
};

/** The markers shown wherever a client appears: red conflict face, supplier truck, inactive, booking restriction. */
export function ClientMarkers({ isConflict, isSupplier, status, bookingMode, size = 'small' }: Props) {
  const { t } = useTranslation();
  const fontSize = size === 'small' ? 'small' : 'medium';
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, verticalAlign: 'middle' }}>
      {isConflict && (
        <Tooltip title={t('markers.conflict')}>
          <ConflictIcon fontSize={fontSize} sx={{ color: 'error.main' }} aria-label={t('markers.conflict')} role="img" data-marker="conflict" />
        </Tooltip>
      )}
      {isSupplier && (
        <Tooltip title={t('markers.supplier')}>
          <TruckIcon fontSize={fontSize} sx={{ color: 'text.secondary' }} aria-label={t('markers.supplier')} role="img" data-marker="supplier" />
        </Tooltip>
      )}
      {bookingMode === 'BLOCKED' && (
        <Tooltip title={t('markers.bookingBlocked')}>
          <BlockIcon fontSize={fontSize} sx={{ color: 'warning.dark' }} aria-label={t('markers.bookingBlocked')} role="img" data-marker="booking" />
        </Tooltip>
      )}
      {bookingMode === 'REQUIRE_APPROVAL' && (
        <Tooltip title={t('markers.bookingApproval')}>
          <HourglassIcon fontSize={fontSize} sx={{ color: 'warning.main' }} aria-label={t('markers.bookingApproval')} role="img" data-marker="booking" />
        </Tooltip>
      )}
      {status === 'INACTIVE' && <Chip label={t('markers.inactive')} variant="outlined" sx={{ height: 20 }} data-marker="inactive" />}
    </Box>
  );
}
