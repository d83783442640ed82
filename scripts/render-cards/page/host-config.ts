/**
 * A host config that makes the Adaptive Cards renderer look like Teams' light theme: its font
 * stack, sizes, spacing and colors. Teams' own host config is not published, so this is an
 * approximation for documentation pictures, not a contract: the cards themselves are real.
 */

/** Segoe UI where installed; Open Sans (Debian fonts-open-sans) is the closest free stand-in. */
export const fontStack =
  "'Segoe UI', 'Segoe UI Web (West European)', 'Open Sans', 'Liberation Sans', sans-serif";

const text = '#242424';
const subtle = '#616161';

const foreground = {
  default: { default: text, subtle },
  dark: { default: text, subtle },
  light: { default: '#ffffff', subtle: '#f5f5f5' },
  accent: { default: '#5b5fc7', subtle: '#7f85f5' },
  good: { default: '#0e700e', subtle: '#107c10' },
  warning: { default: '#835b00', subtle: '#986f0b' },
  attention: { default: '#c4314b', subtle: '#d13438' },
};

const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: foreground });

export const teamsLightHostConfig = {
  supportsInteractivity: true,
  fontTypes: {
    default: {
      fontFamily: fontStack,
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Liberation Mono', monospace",
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#e0e0e0' },
  containerStyles: {
    default: style('#ffffff'),
    emphasis: style('#f5f5f5'),
    accent: style('#ebf3fc'),
    good: style('#f1faf1'),
    attention: style('#fdf3f4'),
    warning: style('#fff9e5'),
  },
  // Buttons wrap onto new rows in a narrow chat column; the page's CSS spaces them (gap).
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 0,
    showCard: { actionMode: 'Inline', inlineTopMargin: 12, style: 'emphasis' },
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
    allowTitleToWrap: true,
  },
  factSet: {
    title: {
      color: 'Default',
      size: 'Default',
      isSubtle: true,
      weight: 'Default',
      wrap: true,
      maxWidth: 150,
    },
    value: { color: 'Default', size: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: {
      inputSpacing: 'Small',
      requiredInputs: { weight: 'Bolder', suffix: ' *', suffixColor: 'Attention' },
      optionalInputs: { weight: 'Bolder' },
    },
    errorMessage: { size: 'Small', color: 'Attention' },
  },
  textBlock: { headingLevel: 2 },
};
