// Settings for a text editor, saved as JSON text.

const DEFAULTS = { theme: "light", fontSize: 14 };

function checkFontSize(size) {
  // TODO: throw an Error when size is not a number, or is below 8 or
  // above 32. The error's message must include the size.
  // Otherwise return size.
  return size;
}

function readSettings(text) {
  // TODO: turn the JSON text into an object, and fill in any missing
  // setting from DEFAULTS. When the text is not valid JSON, return a
  // copy of DEFAULTS. Never change DEFAULTS itself.
  return JSON.parse(text);
}

function saveSettings(settings) {
  // TODO: check the font size (let a bad one throw), then return the
  // settings as JSON text.
}

function tryFontSize(settings, size) {
  // TODO: return "Font size is now SIZE." when checkFontSize accepts the
  // size, or "Could not change the font size: " followed by the error's
  // message when it throws.
}
