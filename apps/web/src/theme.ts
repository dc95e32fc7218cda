import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

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
  // Black or white text, whichever reads on the colour (a yellow badge, an orange button).
  autoContrast: true,
  // No animation for those who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    // Typing part of an option finds it: quicker than scrolling, and usable with the keyboard alone.
    Select: { defaultProps: { searchable: true, nothingFoundMessage: 'Aucun choix ne correspond' } },
    MultiSelect: { defaultProps: { searchable: true, nothingFoundMessage: 'Aucun choix ne correspond' } },
    // Close buttons are icons: they need a name screen readers can say.
    // Links inside text are underlined, not told apart by colour alone.
    Anchor: { defaultProps: { underline: 'always' } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Fermer' } } },
    // Titles and descriptions in the text colour: a pale orange or red on its tint does not read.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer la notification' } },
      styles: { description: { color: 'var(--mantine-color-text)' } },
    },
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
  },
});

/** Secondary ("dimmed") text dark enough on white to read in daylight (WCAG AA, 4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});
