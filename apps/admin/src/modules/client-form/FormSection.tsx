import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" id={`section-${id}`} aria-labelledby={`section-${id}-title`} variant="outlined" sx={{ p: { xs: 1.5, sm: 2.5 }, scrollMarginTop: 80 }}>
      <Typography id={`section-${id}-title`} variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
