// The floor of a search over HTTP on PostgreSQL, for the search benchmark: a bare node:http server in
// a process of its own that runs the very SQL the people service runs for a call, with the product's
// pool size, and answers its rows as JSON. No routing, authentication, validation or presenting: what
// any server must spend on top of the bare SQL is the loopback round trip to it and the JSON.
//   node bench/bare-search.mjs <databaseUrl> <port>
// POST / with a JSON array of { sql, params } sets the calls; GET /?call=N runs call N. GET / answers 200.
import http from 'node:http';
import pg from 'pg';

const [databaseUrl, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', () => {});
await pool.query('select 1');
let calls = [];

async function handle(req, res) {
  if (req.method === 'POST') {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    calls = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return res.end('ok');
  }
  const n = new URL(req.url, 'http://bare').searchParams.get('call');
  if (n === null) return res.end('ok');
  const call = calls[Number(n)];
  if (!call) {
    res.statusCode = 404;
    return res.end();
  }
  const { rows } = await pool.query(call.sql, call.params);
  const body = JSON.stringify({ items: rows });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http
  .createServer((req, res) =>
    handle(req, res).catch((err) => {
      res.statusCode = 500;
      res.end(String(err));
    }),
  )
  .listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
