import { Alert, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useViewer } from '../../app/SessionProvider';
import { SettingsConsentPurposes } from './SettingsConsentPurposes';
import { SettingsCustomFields } from './SettingsCustomFields';
import { SettingsGroups, SettingsPhoneTypes, SettingsSources } from './SettingsLists';
import { SettingsStaff } from './SettingsStaff';
import { SettingsTags } from './SettingsTags';

const TABS = [
  { key: 'staff', label: 'settings.staff', element: <SettingsStaff />, staff: true },
  { key: 'groups', label: 'settings.groups', element: <SettingsGroups /> },
  { key: 'tags', label: 'settings.tags', element: <SettingsTags /> },
  { key: 'sources', label: 'settings.sources', element: <SettingsSources /> },
  { key: 'phone-types', label: 'settings.phoneTypes', element: <SettingsPhoneTypes /> },
  { key: 'custom-fields', label: 'settings.customFields', element: <SettingsCustomFields /> },
  { key: 'consents', label: 'settings.consentPurposes', element: <SettingsConsentPurposes /> },
];

/** F10.2: settings for owners and admins; tabs are shown from `me.can`, never from the role name. */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useViewer();
  const navigate = useNavigate();
  const { '*': rest = '' } = useParams();
  const tabs = TABS.filter((tab) => (tab.staff ? me.can.inviteStaff || me.can.setStaffRoles : me.can.manageClassification));
  if (!tabs.length) return <Alert severity="warning">{t('settings.noAccess')}</Alert>;
  const current = tabs.find((tab) => tab.key === rest.split('/')[0]);
  if (!current) return <Navigate to={`/settings/${tabs[0].key}`} replace />;
  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Tabs value={current.key} onChange={(_e, key: string) => void navigate(`/settings/${key}`)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
        {tabs.map((tab) => <Tab key={tab.key} value={tab.key} label={t(tab.label)} />)}
      </Tabs>
      <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>{current.element}</Paper>
    </Stack>
  );
}
