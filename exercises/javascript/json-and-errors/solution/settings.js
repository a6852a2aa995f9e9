// Settings for a text editor, saved as JSON text.

const DEFAULTS = { theme: "light", fontSize: 14 };

function checkFontSize(size) {
  if (typeof size !== "number" || size < 8 || size > 32) {
    throw new Error(`${size} is not a font size from 8 to 32`);
  }
  return size;
}

function readSettings(text) {
  try {
    const saved = JSON.parse(text);
    return { ...DEFAULTS, ...saved };
  } catch (error) {
    return { ...DEFAULTS };
  }
}

function saveSettings(settings) {
  checkFontSize(settings.fontSize);
  return JSON.stringify(settings);
}

function tryFontSize(settings, size) {
  try {
    checkFontSize(size);
    return `Font size is now ${size}.`;
  } catch (error) {
    return "Could not change the font size: " + error.message;
  }
}
