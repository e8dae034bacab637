import { Box, Chip } from '@mui/material';

type Props = { groups: { id: string; name: string; color?: string | null }[]; tags: { id: string; name: string }[] };

/** Groups as filled chips in their colour, tags as outlined "#tag" chips. */
export function ClientTags({ groups, tags }: Props) {
  if (!groups.length && !tags.length) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {groups.map((g) => (
        <Chip key={g.id} label={g.name} sx={{ bgcolor: g.color ?? 'primary.light', color: g.color ? contrast(g.color) : 'primary.contrastText', height: 22 }} />
      ))}
      {tags.map((tag) => (
        <Chip key={tag.id} label={`#${tag.name}`} variant="outlined" sx={{ height: 22 }} />
      ))}
    </Box>
  );
}

function contrast(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#fff';
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return r * 0.299 + g * 0.587 + b * 0.114 > 150 ? '#111' : '#fff';
}
