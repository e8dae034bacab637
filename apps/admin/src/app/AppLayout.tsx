import AddIcon from '@mui/icons-material/Add';
import MenuIcon from '@mui/icons-material/Menu';
import { AppBar, Box, Button, IconButton, Menu, MenuItem, Toolbar, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Outlet, useNavigate } from 'react-router';
import { setLanguage, useLang } from '../i18n';
import { LogoutDocument } from '../modules/auth/graphql/logout';
import { useNotify } from '../ui/Notifier';
import { useSession, useViewer } from './SessionProvider';

const QuickAddDialog = lazy(() => import('../modules/quick-add/QuickAddDialog').then((m) => ({ default: m.QuickAddDialog })));

/** The frame of every logged-in page: top bar with navigation, the global "+ Klient", language and account. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useViewer();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [navMenu, setNavMenu] = useState<HTMLElement | null>(null);
  const [quickAdd, setQuickAdd] = useState(false);
  const canSettings = me.can.manageClassification || me.can.inviteStaff || me.can.setStaffRoles || me.can.manageApiKeys || me.can.manageWebhooks;
  const links = [
    { to: '/clients', label: t('app.clients') },
    ...(canSettings ? [{ to: '/settings', label: t('app.settings') }] : []),
  ];

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" elevation={0}>
        <Toolbar sx={{ gap: 1, minHeight: { xs: 56 } }}>
          {narrow && (
            <IconButton color="inherit" edge="start" aria-label={t('app.menu')} onClick={(e) => setNavMenu(e.currentTarget)} data-testid="nav-menu">
              <MenuIcon />
            </IconButton>
          )}
          <Typography component={RouterLink} to="/clients" variant="h6" sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, mr: 1 }}>
            {t('app.name')}
          </Typography>
          {!narrow && (
            <Typography variant="body2" sx={{ opacity: 0.8, mr: 2 }} noWrap>
              {me.business.name}
            </Typography>
          )}
          {!narrow &&
            links.map((l) => (
              <Button key={l.to} component={NavLink} to={l.to} color="inherit" sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.15)' } }}>
                {l.label}
              </Button>
            ))}
          {!narrow && (
            <Button color="inherit" href="/playground">
              {t('app.playground')}
            </Button>
          )}
          <Box sx={{ flex: 1 }} />
          {me.can.createClients && (
            <Button
              variant="contained"
              color="secondary"
              startIcon={<AddIcon />}
              onClick={() => setQuickAdd(true)}
              aria-label={t('app.addClientLong')}
              data-testid="quick-add-open"
            >
              {t('app.addClient')}
            </Button>
          )}
          {!narrow && <LanguageSwitch />}
          <AccountMenu />
        </Toolbar>
      </AppBar>
      <Menu anchorEl={navMenu} open={!!navMenu} onClose={() => setNavMenu(null)}>
        <Typography sx={{ px: 2, py: 1, fontWeight: 600 }}>{me.business.name}</Typography>
        <Box component="li" role="separator" sx={{ borderTop: 1, borderColor: 'divider', my: 0.5, listStyle: 'none' }} />
        {links.map((l) => (
          <MenuItem key={l.to} component={NavLink} to={l.to} onClick={() => setNavMenu(null)}>{l.label}</MenuItem>
        ))}
        <MenuItem component="a" href="/playground">{t('app.playground')}</MenuItem>
        <Box component="li" role="separator" sx={{ borderTop: 1, borderColor: 'divider', my: 0.5, listStyle: 'none' }} />
        <Box sx={{ px: 2, py: 1 }}>
          <LanguageSwitch />
        </Box>
      </Menu>
      <Box component="main" sx={{ maxWidth: 1280, mx: 'auto', px: { xs: 1, sm: 2, md: 3 }, py: { xs: 1.5, md: 3 } }}>
        <Outlet />
      </Box>
      {quickAdd && (
        <Suspense fallback={null}>
          <QuickAddDialog open={quickAdd} onClose={() => setQuickAdd(false)} />
        </Suspense>
      )}
    </Box>
  );
}

/** Polish by default; one click switches to English and back. */
function LanguageSwitch() {
  const { lang } = useLang();
  const { t } = useTranslation();
  const other = lang === 'pl' ? 'en' : 'pl';
  return (
    <Button
      size="small"
      variant="outlined"
      color="inherit"
      onClick={() => void setLanguage(other)}
      aria-label={`${t('app.language')}: ${other === 'en' ? 'English' : 'Polski'}`}
      lang={other}
      data-testid="language-switch"
      sx={{ minWidth: 44 }}
    >
      {other.toUpperCase()}
    </Button>
  );
}

function AccountMenu() {
  const { t } = useTranslation();
  const me = useViewer();
  const { reload } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [logout] = useMutation(LogoutDocument);
  const initials = me.displayName.split(/\s+/).filter((p) => /^\p{L}/u.test(p)).map((p) => p[0]).join('').slice(0, 2).toUpperCase();
  const onLogout = async () => {
    setAnchor(null);
    await logout().catch(() => undefined);
    await reload();
    notify(t('auth.loggedOut'), 'info');
    await navigate('/login');
  };
  return (
    <>
      <IconButton color="inherit" onClick={(e) => setAnchor(e.currentTarget)} aria-label={me.displayName} data-testid="account-menu">
        <Box sx={{ width: 32, height: 32, borderRadius: '50%', bgcolor: 'rgba(255,255,255,0.2)', display: 'grid', placeItems: 'center', fontSize: 14 }}>
          {initials || '?'}
        </Box>
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <Box sx={{ px: 2, py: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>{me.displayName}</Typography>
          <Typography variant="caption" color="text.secondary">
            {me.email} · {t(`role.${me.role}`)}
          </Typography>
        </Box>
        <Box component="li" role="separator" sx={{ borderTop: 1, borderColor: 'divider', my: 0.5, listStyle: 'none' }} />
        <MenuItem onClick={() => void onLogout()}>{t('app.logout')}</MenuItem>
      </Menu>
    </>
  );
}
