// The page's small parts: finding and making elements, the two announcement regions (an error is announced at
// once, progress politely), and a button that cannot send its request twice.

export const $ = (id) => document.getElementById(id);

export function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

export function link(href, text) {
  const item = element('li');
  item.append(element('a', text, { href }));
  return item;
}

export function announce(message) {
  $('status').textContent = message;
}

export function fail(message) {
  $('alert').textContent = message;
}

export function clearMessages() {
  $('alert').textContent = '';
  $('status').textContent = '';
}

/** Runs one request-making step with its button disabled, so that a second press does not send it twice. */
export async function busy(button, step) {
  if (button.disabled) return;
  button.disabled = true;
  try {
    await step();
  } finally {
    button.disabled = false;
  }
}
