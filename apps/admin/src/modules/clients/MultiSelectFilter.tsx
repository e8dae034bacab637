import { Autocomplete, Checkbox, TextField } from '@mui/material';

export type Option = { id: string; label: string };

type Props = { label: string; options: Option[]; value: string[]; onChange(ids: string[]): void; testId?: string };

/** A searchable multi-select used by the list filters (groups, tags, sources, staff, consents). */
export function MultiSelectFilter({ label, options, value, onChange, testId }: Props) {
  const selected = options.filter((o) => value.includes(o.id));
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={selected}
      disableCloseOnSelect
      limitTags={1}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v.map((o) => o.id))}
      renderOption={(props, option, { selected: isSelected }) => {
        const { key, ...rest } = props as typeof props & { key: string };
        return (
          <li key={key} {...rest}>
            <Checkbox size="small" checked={isSelected} sx={{ mr: 1, p: 0 }} />
            {option.label}
          </li>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} slotProps={{ htmlInput: { ...params.inputProps, 'data-testid': testId } }} />}
      sx={{ minWidth: 180, flex: '1 1 180px', bgcolor: 'background.paper' }}
    />
  );
}
