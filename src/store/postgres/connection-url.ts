/**
 * PostgreSQL connection strings carry passwords; nothing Attest prints may show one. These functions
 * work on the raw text rather than a parsed URL so that malformed strings (a password with an
 * unencoded `@` or `/`) are hidden too.
 */

const SCHEME = /^postgres(?:ql)?:\/\//i;
const PASSWORD_PARAMETER = /([?&]password=)([^&#]*)/gi;
const HIDDEN = '***';

export function isPostgresUrl(value: string): boolean {
  return SCHEME.test(value);
}

/** The connection string with any password replaced by `***`, for messages. */
export function redactUrl(url: string): string {
  const { scheme, user, password, rest } = splitUserInfo(url);
  const userInfo = password === undefined ? (user === undefined ? '' : `${user}@`) : `${user}:${HIDDEN}@`;
  return `${scheme}${userInfo}${rest}`.replace(PASSWORD_PARAMETER, `$1${HIDDEN}`);
}

/**
 * A message from a library or the server, with every form of the URL's password (as written and
 * percent-decoded) replaced by `***` and the URL itself by its redacted form.
 */
export function withoutSecrets(message: string, url: string): string {
  let cleaned = message.replaceAll(url, redactUrl(url));
  for (const secret of secretsOf(url)) cleaned = cleaned.replaceAll(secret, HIDDEN);
  return cleaned;
}

function secretsOf(url: string): string[] {
  const written = [
    splitUserInfo(url).password,
    ...Array.from(url.matchAll(PASSWORD_PARAMETER), (m) => m[2]),
  ].filter((s): s is string => Boolean(s));
  const decoded = written.map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  // Longest first, so a secret containing another is replaced whole.
  return [...new Set([...written, ...decoded])].sort((a, b) => b.length - a.length);
}

/** `scheme://user:password@rest`; the last `@` ends the user information, as unencoded ones may precede it. */
function splitUserInfo(url: string): { scheme: string; user?: string; password?: string; rest: string } {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return { scheme: '', rest: url };
  const scheme = url.slice(0, schemeEnd + 3);
  const afterScheme = url.slice(schemeEnd + 3);
  const at = afterScheme.lastIndexOf('@');
  if (at < 0) return { scheme, rest: afterScheme };
  const userInfo = afterScheme.slice(0, at);
  const rest = afterScheme.slice(at + 1);
  const colon = userInfo.indexOf(':');
  if (colon < 0) return { scheme, user: userInfo, rest };
  return { scheme, user: userInfo.slice(0, colon), password: userInfo.slice(colon + 1), rest };
}
