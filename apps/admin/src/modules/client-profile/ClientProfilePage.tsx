import { useQuery } from '@apollo/client/react';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useViewer } from '../../app/SessionProvider';
import { useLang } from '../../i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorMessage } from '../../ui/graphqlErrors';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageLoader } from '../../ui/PageLoader';
import { ConsentPanel } from '../consents/ConsentPanel';
import { ClientDetailDocument } from './graphql/clientDetail';
import { ClientIdentityDocumentsDocument } from './graphql/clientIdentityDocuments';
import { GroupsTagsEditor } from './GroupsTagsEditor';
import { InlineTextEdit } from './InlineTextEdit';
import { ProfileContact } from './ProfileContact';
import { ProfileDetails } from './ProfileDetails';
import { ProfileHeader } from './ProfileHeader';
import { ProfileSection } from './ProfileSection';
import { serverFieldError } from './serverFieldError';
import { useSaveClient, type ClientPatch } from './useSaveClient';

/** The client card: header with markers, contact links, every section, consents, and who did what when. */
export function ClientProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const me = useViewer();
  const [showDocs, setShowDocs] = useState(false);
  const { data, loading, error, refetch } = useQuery(ClientDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const client = data?.client;
  const docs = useQuery(ClientIdentityDocumentsDocument, { variables: { id }, skip: !showDocs || !me.can.readIdentityDocuments, fetchPolicy: 'network-only' });
  const saver = useSaveClient(client);

  if (loading && !client) return <PageLoader />;
  if (error && !client) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!client) return <NotFoundPage />;
  const canEdit = me.can.updateClients && !client.deletedAt;
  const patch = async (p: ClientPatch) => saver.save(p);
  const inline = (field: 'remarks' | 'description') => async (value: string | null) => {
    try {
      await saver.save({ [field]: value });
      return null;
    } catch (e) {
      return serverFieldError(e, field, lang) ?? errorMessage(e, lang);
    }
  };

  return (
    <Stack spacing={2} data-testid="client-profile">
      <ProfileHeader client={client} onPatch={patch} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 5fr) minmax(0, 7fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <ProfileSection title={t('profile.contact')}>
            <ProfileContact client={client} />
          </ProfileSection>
          <ProfileSection title={t('profile.groupsTags')}>
            <GroupsTagsEditor client={client} canEdit={canEdit} onSave={patch} />
          </ProfileSection>
          <ProfileSection title={t('profile.description')}>
            <InlineTextEdit label={t('form.fields.description')} value={client.description} canEdit={canEdit} onSave={inline('description')} testId="profile-description" />
          </ProfileSection>
          <ProfileSection title={t('form.fields.remarks')}>
            <InlineTextEdit label={t('form.fields.remarks')} value={client.remarks} canEdit={canEdit} onSave={inline('remarks')} testId="profile-remarks" />
          </ProfileSection>
          {client.hasIdentityDocuments && (
            <ProfileSection title={t('profile.hasIdDocs')}>
              {me.can.readIdentityDocuments && !showDocs && <Button size="small" onClick={() => setShowDocs(true)}>{t('profile.showIdDocs')}</Button>}
              {docs.data?.client?.identityDocuments && (
                <Typography variant="body2">
                  {t('form.fields.idCard')}: {docs.data.client.identityDocuments.idCardNumber ?? t('app.none')}<br />
                  {t('form.fields.passport')}: {docs.data.client.identityDocuments.passportNumber ?? t('app.none')}
                </Typography>
              )}
            </ProfileSection>
          )}
        </Stack>
        <Stack spacing={2}>
          <ProfileDetails client={client} />
          <ProfileSection title={t('consents.title')} testId="profile-consents">
            <ConsentPanel client={client} />
          </ProfileSection>
        </Stack>
      </Box>
      {saver.dialog}
    </Stack>
  );
}
