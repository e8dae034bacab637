import { Box, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';

type Purpose = { key: string; name: string; wording: string };
type Props = {
  purposes: readonly Purpose[];
  value: { purposeKey: string; granted: boolean }[];
  onChange(value: { purposeKey: string; granted: boolean }[]): void;
  dense?: boolean;
};

/** One checkbox per consent purpose, with its exact wording underneath, for a new client (quick add, full form). */
export function ConsentChoices({ purposes, value, onChange, dense }: Props) {
  const granted = new Set(value.filter((c) => c.granted).map((c) => c.purposeKey));
  const toggle = (key: string) => {
    const next = new Set(granted);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(purposes.filter((p) => next.has(p.key)).map((p) => ({ purposeKey: p.key, granted: true })));
  };
  return (
    <FormGroup>
      {purposes.map((p) => (
        <Box key={p.key} sx={{ mb: dense ? 0 : 1 }}>
          <FormControlLabel
            control={<Checkbox checked={granted.has(p.key)} onChange={() => toggle(p.key)} data-testid={`consent-${p.key}`} />}
            label={p.name}
          />
          {!dense && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', ml: 4, mt: -0.5 }}>
              {p.wording}
            </Typography>
          )}
        </Box>
      ))}
    </FormGroup>
  );
}
