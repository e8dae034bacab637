import { Checkbox, FormControl, InputLabel, MenuItem, OutlinedInput, Select } from '@mui/material';
import { useId } from 'react';

export type Option = { id: string; label: string };

type Props = { label: string; options: Option[]; value: string[]; onChange(ids: string[]): void; testId?: string };

/**
 * A multi-select for the list filters (groups, tags, sources, staff, consents). A plain Select rather than an
 * Autocomplete keeps the list page, the first screen, light.
 */
export function MultiSelectFilter({ label, options, value, onChange, testId }: Props) {
  const id = useId();
  const names = (ids: string[]) => ids.map((v) => options.find((o) => o.id === v)?.label ?? '').filter(Boolean).join(', ');
  return (
    <FormControl size="small" sx={{ minWidth: 150, maxWidth: 240, flex: '1 1 150px', bgcolor: 'background.paper' }} disabled={!options.length}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        multiple
        value={value.filter((v) => options.some((o) => o.id === v))}
        onChange={(e) => onChange(typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value)}
        input={<OutlinedInput label={label} />}
        renderValue={(selected) => names(selected)}
        SelectDisplayProps={{ 'data-testid': testId } as React.HTMLAttributes<HTMLDivElement>}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 360 } } } }}
      >
        {options.map((o) => (
          <MenuItem key={o.id} value={o.id} dense>
            <Checkbox size="small" checked={value.includes(o.id)} sx={{ p: 0, mr: 1 }} />
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
