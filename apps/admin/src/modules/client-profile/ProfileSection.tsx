import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function ProfileSection({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }} component="section" data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flex: 1 }}>{title}</Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}
