// The tests send real Request objects to this handler. See the README for the routes.
export async function handle(request: Request): Promise<Response> {
  return new Response('ok');
}
