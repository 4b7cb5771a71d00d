type Note = { id: number; text: string };

const notes: Note[] = [];
let nextId = 1;

// GET/POST /notes and GET/PUT/DELETE /notes/<id>, with the status codes from the README.
// This version can list and create notes, and answers everything else with 404.
export async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/notes' && request.method === 'GET') {
    return Response.json(notes);
  }
  if (pathname === '/notes' && request.method === 'POST') {
    const body = await request.json();
    const note = { id: nextId++, text: body.text };
    notes.push(note);
    return Response.json(note);
  }
  return new Response('Not found', { status: 404 });
}
