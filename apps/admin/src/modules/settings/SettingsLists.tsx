import { useMutation } from '@apollo/client/react';
import { Button } from '@mui/material';
import { useSettingsTranslation } from '../../i18n/settings';
import { useReferenceData } from '../reference/useReferenceData';
import { CreateGroupDocument } from './graphql/createGroup';
import { CreatePhoneTypeDocument } from './graphql/createPhoneType';
import { CreateSourceDocument } from './graphql/createSource';
import { DeleteGroupDocument } from './graphql/deleteGroup';
import { DeletePhoneTypeDocument } from './graphql/deletePhoneType';
import { DeleteSourceDocument } from './graphql/deleteSource';
import { RenamePhoneTypeDocument } from './graphql/renamePhoneType';
import { UpdateGroupDocument } from './graphql/updateGroup';
import { UpdateSourceDocument } from './graphql/updateSource';
import { NamedItemsEditor } from './NamedItemsEditor';
import { useSettingsAction } from './useSettingsMutation';

const refetch = { refetchQueries: ['ReferenceData'] };

export function SettingsGroups() {
  const ref = useReferenceData();
  const act = useSettingsAction();
  const [create] = useMutation(CreateGroupDocument, refetch);
  const [update] = useMutation(UpdateGroupDocument, refetch);
  const [remove] = useMutation(DeleteGroupDocument, refetch);
  return (
    <NamedItemsEditor
      testId="settings-groups"
      items={ref.groups}
      withColor
      onCreate={(name, color) => act(() => create({ variables: { name, color } }))}
      onRename={(item, name, color) => act(() => update({ variables: { id: item.id, name, color } }))}
      onDelete={(item) => act(() => remove({ variables: { id: item.id } }))}
    />
  );
}

export function SettingsSources() {
  const { t } = useSettingsTranslation();
  const ref = useReferenceData();
  const act = useSettingsAction();
  const [create] = useMutation(CreateSourceDocument, refetch);
  const [update] = useMutation(UpdateSourceDocument, refetch);
  const [remove] = useMutation(DeleteSourceDocument, refetch);
  return (
    <NamedItemsEditor
      items={ref.sources}
      onCreate={(name) => act(() => create({ variables: { name } }))}
      onRename={(item, name) => act(() => update({ variables: { id: item.id, name } }))}
      onDelete={(item) => act(() => remove({ variables: { id: item.id } }))}
      extraActions={(item) =>
        item.isArchived ? (
          <Button size="small" onClick={() => void act(() => update({ variables: { id: item.id, name: item.name, isArchived: false } }))}>{t('settings.unarchive')}</Button>
        ) : null
      }
    />
  );
}

export function SettingsPhoneTypes() {
  const ref = useReferenceData();
  const act = useSettingsAction();
  const [create] = useMutation(CreatePhoneTypeDocument, refetch);
  const [rename] = useMutation(RenamePhoneTypeDocument, refetch);
  const [remove] = useMutation(DeletePhoneTypeDocument, refetch);
  return (
    <NamedItemsEditor
      items={ref.phoneTypes}
      onCreate={(name) => act(() => create({ variables: { name } }))}
      onRename={(item, name) => act(() => rename({ variables: { id: item.id, name } }))}
      onDelete={(item) => act(() => remove({ variables: { id: item.id } }))}
    />
  );
}
