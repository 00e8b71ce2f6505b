// Runs one large web-host API call off the main thread: encoding a big request (a long note's
// save, an imported file) and reading a big answer cost the main thread tens of milliseconds,
// enough to drop frames while the analyst types. The main thread only hands the input over and
// receives the parsed answer (structured clone, much cheaper than JSON text).
export interface FetchJob {
  id: number;
  method: string;
  token: string;
  input: unknown;
}

export type FetchOutcome =
  | { id: number; kind: 'answer'; status: number; answer: unknown }
  | { id: number; kind: 'unreadable'; status: number }
  | { id: number; kind: 'network' };

const post = (outcome: FetchOutcome): void => self.postMessage(outcome);

self.onmessage = async (e: MessageEvent<FetchJob>): Promise<void> => {
  const { id, method, token, input } = e.data;
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Quire-Token': token },
      body: new TextEncoder().encode(JSON.stringify(input ?? {})),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    post({ id, kind: 'network' });
    return;
  }
  try {
    post({ id, kind: 'answer', status: response.status, answer: await response.json() });
  } catch {
    post({ id, kind: 'unreadable', status: response.status });
  }
};
