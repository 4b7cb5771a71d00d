type Note = { id: number; text: string };

const notes = new Map<number, Note>();
let nextId = 1;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

async function readText(request: Request): Promise<string | null> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const text = (body as { text?: unknown }).text;
  if (typeof text !== 'string' || text.trim() === '') return null;
  return text.trim();
}

const BAD_BODY = 'send a JSON object with a non-empty "text" string';

export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);

  if (pathname === '/notes') {
    if (request.method === 'GET') return json(200, [...notes.values()]);
    if (request.method === 'POST') {
      const text = await readText(request);
      if (text === null) return json(400, { error: BAD_BODY });
      const note = { id: nextId++, text };
      notes.set(note.id, note);
      return json(201, note, { location: `/notes/${note.id}` });
    }
    return json(405, { error: `${request.method} is not supported on /notes` }, { allow: 'GET, POST' });
  }

  const match = /^\/notes\/(\d+)$/.exec(pathname);
  if (match) {
    const id = Number(match[1]);
    const note = notes.get(id);
    const missing = () => json(404, { error: `note ${id} does not exist` });
    switch (request.method) {
      case 'GET':
        return note ? json(200, note) : missing();
      case 'PUT': {
        if (!note) return missing();
        const text = await readText(request);
        if (text === null) return json(400, { error: BAD_BODY });
        note.text = text;
        return json(200, note);
      }
      case 'DELETE':
        if (!note) return missing();
        notes.delete(id);
        return new Response(null, { status: 204 });
      default:
        return json(405, { error: `${request.method} is not supported on ${pathname}` }, { allow: 'DELETE, GET, PUT' });
    }
  }

  return json(404, { error: `nothing lives at ${pathname}` });
}
