import MailIcon from '@mui/icons-material/MailOutlined';
import PhoneIcon from '@mui/icons-material/Phone';
import PlaceIcon from '@mui/icons-material/Place';
import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment } from '../../gql/graphql';
import { useReferenceData } from '../reference/useReferenceData';

/** Phones (tel:), e-mails (mailto:) and addresses with a map link. */
export function ProfileContact({ client }: { client: ClientCardFragment }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <Stack spacing={1.5} data-testid="profile-contact">
      {client.phones.map((p) => (
        <Box key={p.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <PhoneIcon fontSize="small" color="action" />
          <Link href={`tel:${p.number}`} aria-label={t('profile.call', { phone: p.formatted })} sx={{ fontWeight: p.isPrimary ? 600 : 400 }}>{p.formatted}</Link>
          <Typography variant="caption" color="text.secondary">{ref.phoneTypeLabel(p.typeKey)}{p.isPrimary ? ` · ${t('form.fields.primary').toLowerCase()}` : ''}</Typography>
          {p.sms && <Chip label="SMS" variant="outlined" sx={{ height: 20 }} />}
          {p.whatsapp && <Chip label="WhatsApp" variant="outlined" sx={{ height: 20 }} />}
          {p.viber && <Chip label="Viber" variant="outlined" sx={{ height: 20 }} />}
        </Box>
      ))}
      {client.emails.map((e) => (
        <Box key={e.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <MailIcon fontSize="small" color="action" />
          <Link href={`mailto:${e.address}`} aria-label={t('profile.write', { email: e.address })} sx={{ fontWeight: e.isPrimary ? 600 : 400, wordBreak: 'break-all' }}>{e.address}</Link>
          {e.acceptsEmail && <Chip label={t('form.fields.acceptsEmail')} variant="outlined" sx={{ height: 20 }} />}
        </Box>
      ))}
      {client.addresses.map((a) => (
        <Box key={a.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <PlaceIcon fontSize="small" color="action" />
          <Box>
            <Typography variant="caption" color="text.secondary">{t(`addressKind.${a.kind}`)}</Typography>
            <Typography variant="body2">
              {[a.street, [a.building, a.apartment].filter(Boolean).join('/')].filter(Boolean).join(' ')}
              {(a.street || a.building) && <br />}
              {[a.postalCode, a.city].filter(Boolean).join(' ')}{a.country !== 'PL' ? `, ${a.country}` : ''}
            </Typography>
            <Link href={a.mapUrl} target="_blank" rel="noopener noreferrer" variant="body2">{t('profile.map')}</Link>
          </Box>
        </Box>
      ))}
      {!client.phones.length && !client.emails.length && !client.addresses.length && (
        <Typography variant="body2" color="text.secondary">{t('profile.noData')}</Typography>
      )}
    </Stack>
  );
}
