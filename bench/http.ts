// HTTP helpers for the bench: a signed-in session (as a browser gets one) and timed requests.

export async function signInSession(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/alerts` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`could not sign in as ${email} (status ${response.status})`);
  return session;
}

/** Milliseconds one GET takes, end to end on loopback; throws on a non-2xx answer. */
export async function timedGet(url: string, cookie: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return { ms, body };
}

export async function postJson(url: string, key: string, body: string, contentType = "application/json"): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": contentType }, body });
  const json = await response.json();
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/** Milliseconds one cookie-authenticated JSON POST takes; throws on a non-2xx answer. */
export async function timedPost(url: string, cookie: string, body: unknown): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return { ms, body: json };
}
