// The editor's token (kept in this browser tab only) and the calls to the API with it: a refused token is
// forgotten and asked for again; any other refusal is an ApiError carrying the API's own message and status.

import { $, fail } from './dom.js';

const TOKEN_KEY = 'meeting-feeds.editor-token';

/** The API's base URL (config.json); empty: this page's own origin, as with `npm start`. */
let apiUrl = '';

export function useApiAt(url) {
  apiUrl = String(url ?? '').replace(/\/+$/, '');
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
  showTokenState();
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  showTokenState();
}

export function showTokenState() {
  const set = Boolean(token());
  $('token-form').hidden = set;
  $('token-set').hidden = !set;
}

function askForToken(message) {
  forgetToken();
  fail(message);
  $('token').focus();
}

export class ApiError extends Error {
  constructor(message, status = 0) {
    super(message);
    this.status = status;
  }
}

/** Calls the API with the token; answers the JSON body, or throws an ApiError with the server's own message. */
export async function api(path, init = {}) {
  const bearer = token();
  if (!bearer) {
    askForToken('Enter your editor token first.');
    throw new ApiError('');
  }
  let response;
  try {
    response = await fetch(`${apiUrl}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${bearer}` } });
  } catch {
    throw new ApiError(`Could not reach the API at ${apiUrl || window.location.origin}. Check your connection and try again.`);
  }
  const body = await response.json().catch(() => null);
  if (response.status === 401) {
    askForToken(`The token was not accepted: ${body?.error?.message ?? 'it may be wrong, expired or revoked'}. Enter it again.`);
    throw new ApiError('');
  }
  if (!response.ok) throw new ApiError(body?.error?.message ?? `The API answered ${response.status} ${response.statusText}.`, response.status);
  return body;
}

/** A failed call has been announced already when its message is empty (the token form took over). */
export function report(error) {
  if (!(error instanceof ApiError)) throw error;
  if (error.message) fail(error.message);
}
