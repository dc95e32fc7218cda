import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A slate blue of our own, dark enough for white text (WCAG AA) and light enough in the dark scheme.
const ardoise: MantineColorsTuple = [
  '#eaf2f8',
  '#d3e2ee',
  '#a4c3dd',
  '#72a2cb',
  '#4986bc',
  '#2f74b3',
  '#1f6aae',
  '#115999',
  '#064f8a',
  '#00447a',
];

export const theme = createTheme({
  primaryColor: 'ardoise',
  primaryShade: { light: 7, dark: 4 },
  colors: { ardoise },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { size: 'md' } },
  },
});
