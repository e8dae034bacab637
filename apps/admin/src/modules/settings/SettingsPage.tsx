import { Alert, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useViewer, type ViewerCan } from '../../app/SessionProvider';
import { useSettingsTranslation } from '../../i18n/settings';
import { PageLoader } from '../../ui/PageLoader';
import { SettingsConsentPurposes } from './SettingsConsentPurposes';
import { SettingsCustomFields } from './SettingsCustomFields';
import { SettingsGroups, SettingsPhoneTypes, SettingsSources } from './SettingsLists';
import { SettingsStaff } from './SettingsStaff';
import { SettingsTags } from './SettingsTags';

// The partner screens (and their texts) load when their tab is first opened, not with the rest of the settings.
const SettingsApiKeys = lazy(() => import('./SettingsApiKeys').then((m) => ({ default: m.SettingsApiKeys })));
const SettingsWebhooks = lazy(() => import('./SettingsWebhooks').then((m) => ({ default: m.SettingsWebhooks })));

type SettingsTab = { key: string; label: string; element: ReactNode; visible(can: ViewerCan): boolean };

const classification = (can: ViewerCan) => can.manageClassification;
const TABS: SettingsTab[] = [
  { key: 'staff', label: 'settings.staff', element: <SettingsStaff />, visible: (can) => can.inviteStaff || can.setStaffRoles },
  { key: 'groups', label: 'settings.groups', element: <SettingsGroups />, visible: classification },
  { key: 'tags', label: 'settings.tags', element: <SettingsTags />, visible: classification },
  { key: 'sources', label: 'settings.sources', element: <SettingsSources />, visible: classification },
  { key: 'phone-types', label: 'settings.phoneTypes', element: <SettingsPhoneTypes />, visible: classification },
  { key: 'custom-fields', label: 'settings.customFields', element: <SettingsCustomFields />, visible: classification },
  { key: 'consents', label: 'settings.consentPurposes', element: <SettingsConsentPurposes />, visible: classification },
  { key: 'api-keys', label: 'settings.apiKeys', element: <SettingsApiKeys />, visible: (can) => can.manageApiKeys },
  { key: 'webhooks', label: 'settings.webhooks', element: <SettingsWebhooks />, visible: (can) => can.manageWebhooks },
];

/** F10.2: settings for owners and admins; tabs are shown from `me.can`, never from the role name. */
export function SettingsPage() {
  const { t } = useSettingsTranslation();
  const me = useViewer();
  const navigate = useNavigate();
  const { '*': rest = '' } = useParams();
  const tabs = TABS.filter((tab) => tab.visible(me.can));
  if (!tabs.length) return <Alert severity="warning">{t('settings.noAccess')}</Alert>;
  const current = tabs.find((tab) => tab.key === rest.split('/')[0]);
  if (!current) return <Navigate to={`/settings/${tabs[0].key}`} replace />;
  return (
    <Stack spacing={2}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Tabs value={current.key} onChange={(_e, key: string) => void navigate(`/settings/${key}`)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
        {tabs.map((tab) => <Tab key={tab.key} value={tab.key} label={t(tab.label)} />)}
      </Tabs>
      <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
        <Suspense fallback={<PageLoader />}>{current.element}</Suspense>
      </Paper>
    </Stack>
  );
}
