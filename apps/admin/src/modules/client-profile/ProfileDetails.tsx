import { formatInvoiceTaxId, formatPartialDate } from '@kartoteka/domain';
import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { DetailList } from './DetailList';
import { ProfileSection } from './ProfileSection';

/** The card's sections as the form has them, read-only; "Edytuj" opens the form, pencils edit in place. */
export function ProfileDetails({ client: c }: { client: ClientCardFragment }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const inv = c.invoiceData;
  const custom = c.customFields.filter((f) => f.value !== null && f.value !== '' && !(Array.isArray(f.value) && f.value.length === 0));
  const showValue = (v: unknown) => (Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? t('app.yes') : t('app.no')) : String(v));
  return (
    <Stack spacing={2}>
      <ProfileSection title={t('form.sections.basic')} testId="profile-basic">
        <DetailList rows={[
          [t('form.fields.kind'), t(`kind.${c.kind}`)],
          [t('form.fields.companyName'), c.kind === 'COMPANY' ? c.companyName : null],
          [t('form.fields.firstName'), c.firstName],
          [t('form.fields.lastName'), c.lastName],
          [t('form.fields.source'), c.source?.name],
          [t('form.fields.assignedStaff'), c.assignedStaff?.displayName],
          [t('profile.clientSince'), formatDate(c.createdAt, locale)],
          [t('profile.createdBy'), c.createdBy?.displayName ?? t('profile.partnerApp')],
          [t('profile.createdHow'), t(`createdVia.${c.createdVia}`)],
          [t('profile.lastChange'), `${formatDateTime(c.updatedAt, locale)}${c.updatedBy ? ` · ${c.updatedBy.displayName}` : ''} · ${t('profile.version', { version: c.version })}`],
        ]} />
      </ProfileSection>
      <ProfileSection title={t('form.sections.extra')} testId="profile-extra">
        <DetailList rows={[
          [t('form.fields.birthday'), c.birthday ? formatPartialDate(c.birthday, lang) : null],
          [t('form.fields.nameDay'), c.nameDay ? formatPartialDate(c.nameDay, lang) : null],
          [t('form.fields.gender'), c.gender ? t(`gender.${c.gender}`) : null],
          [t('form.fields.preferredLanguage'), c.preferredLanguage ? languageName(c.preferredLanguage, locale) : null],
          [t('form.fields.loyaltyCardNumber'), c.loyaltyCardNumber],
        ]} />
      </ProfileSection>
      {inv && (
        <ProfileSection title={t('form.sections.invoice')} testId="profile-invoice">
          <DetailList rows={[
            [t('form.fields.invoiceKind'), t(`kind.${inv.kind}`)],
            [t('form.fields.invoiceCompany'), inv.companyName],
            [t('form.fields.invoiceName'), inv.name],
            [t('form.fields.taxId'), inv.taxId ? formatInvoiceTaxId({ taxId: inv.taxId, taxIdCountry: inv.taxIdCountry }, inv.taxIdCountry !== 'PL') : null],
            [t('form.fields.address'), [[inv.street, [inv.building, inv.apartment].filter(Boolean).join('/')].filter(Boolean).join(' '), [inv.postalCode, inv.city].filter(Boolean).join(' '), inv.country !== 'PL' ? inv.country : null].filter(Boolean).join(', ')],
            [t('form.fields.invoiceEmail'), inv.email],
          ]} />
        </ProfileSection>
      )}
      <ProfileSection title={t('form.sections.advanced')} testId="profile-advanced">
        <DetailList rows={[
          [t('form.fields.bookingMode'), `${t(`booking.${c.bookingRestriction.mode}`)}${c.bookingRestriction.reason ? ` · ${c.bookingRestriction.reason}` : ''}${c.bookingRestriction.expiresAt ? ` · ${formatDate(c.bookingRestriction.expiresAt, locale)}` : ''}`],
          [t('form.fields.discount'), c.discountPercent !== null ? `${formatNumber(c.discountPercent, locale)} %` : null],
          [t('form.fields.onlineLimit'), c.onlineBookingLimit !== null ? String(c.onlineBookingLimit) : null],
          [t('form.fields.blockNewsletter'), c.blockNewsletter ? t('app.yes') : null],
          [t('form.fields.blockAutomatic'), c.blockAutomaticMessages ? t('app.yes') : null],
        ]} />
      </ProfileSection>
      {custom.length > 0 && (
        <ProfileSection title={t('form.sections.custom')} testId="profile-custom">
          <DetailList rows={custom.map((f) => [f.label, showValue(f.value)])} />
        </ProfileSection>
      )}
    </Stack>
  );
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
