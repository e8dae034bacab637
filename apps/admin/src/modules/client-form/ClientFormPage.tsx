import { useQuery } from '@apollo/client/react';
import type { ClientCreateInput } from '@kartoteka/domain';
import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { useViewer } from '../../app/SessionProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageLoader } from '../../ui/PageLoader';
import { ClientDetailDocument } from '../client-profile/graphql/clientDetail';
import { ClientIdentityDocumentsDocument } from '../client-profile/graphql/clientIdentityDocuments';
import { useReferenceData } from '../reference/useReferenceData';
import { ClientForm } from './ClientForm';
import { emptyFormValues, valuesFromClient, valuesFromPrefill } from './formValues';

/** /clients/new (optionally carrying quick-add values) and /clients/:id/edit. */
export function ClientFormPage() {
  const { id } = useParams();
  const location = useLocation();
  const me = useViewer();
  const ref = useReferenceData();
  const prefill = (location.state as { prefill?: ClientCreateInput } | null)?.prefill;
  const detail = useQuery(ClientDetailDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const docs = useQuery(ClientIdentityDocumentsDocument, {
    variables: { id: id ?? '' },
    skip: !id || !me.can.readIdentityDocuments || !detail.data?.client?.hasIdentityDocuments,
    fetchPolicy: 'network-only',
  });
  const client = detail.data?.client ?? undefined;
  const documents = docs.data?.client?.identityDocuments ?? null;
  const initial = useMemo(() => {
    if (client) return valuesFromClient(client, ref.customFields, documents);
    return prefill ? valuesFromPrefill(prefill, ref.customFields) : emptyFormValues(ref.customFields);
  }, [client, documents, prefill, ref.customFields]);

  if (ref.loading || detail.loading || docs.loading) return <PageLoader />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (id && !client) return <NotFoundPage />;
  return <ClientForm key={`${client?.id ?? 'new'}-${ref.customFields.length}`} initial={initial} client={client} identityDocuments={documents} />;
}
