// A TCP proxy in front of PostgreSQL that counts what its clients send, to measure the round trips
// a request costs. Every client message after start-up is a type byte and a length; a round trip
// ends with a simple Query ('Q') or, in the extended protocol (Parse/Bind/Execute), a Sync ('S').
// Statements are the SQL the client runs, less transaction control (BEGIN, SAVEPOINT, COMMIT, SET)
// and the actor's set_config: what the issue counts as "statements" beside round trips.
const net = require('node:net');

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|SET\s|SHOW\s|DISCARD|DEALLOCATE|SELECT\s+set_config\()/i;

function cstring(buffer, offset) {
  const end = buffer.indexOf(0, offset);
  return { text: buffer.toString('utf8', offset, end), next: end + 1 };
}

// Statements in one SQL text that do work (a simple Query may carry several, separated by ';').
function workStatements(sql) {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s && !CONTROL.test(s)).length;
}

// Reads one client connection's stream of messages, counting into `totals`.
function clientParser(totals) {
  let pending = Buffer.alloc(0);
  let startup = true;
  const prepared = new Map();
  const portals = new Map();
  const message = (type, body) => {
    if (type === 'Q') {
      totals.roundTrips += 1;
      totals.statements += workStatements(cstring(body, 0).text);
    } else if (type === 'S') {
      totals.roundTrips += 1;
    } else if (type === 'P') {
      const name = cstring(body, 0);
      prepared.set(name.text, cstring(body, name.next).text);
    } else if (type === 'B') {
      const portal = cstring(body, 0);
      portals.set(portal.text, prepared.get(cstring(body, portal.next).text) ?? '');
    } else if (type === 'E') {
      totals.statements += workStatements(portals.get(cstring(body, 0).text) ?? '');
    }
  };
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (startup) {
        // Start-up packets have no type byte: a length, then a request code.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        pending = pending.subarray(length);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      message(String.fromCharCode(pending[0]), pending.subarray(5, 1 + length));
      pending = pending.subarray(1 + length);
    }
  };
}

// Starts the proxy on a free local port; `counts()` are the totals since the last `reset()`.
async function startWireCounter({ host = '127.0.0.1', port = 5432 } = {}) {
  const totals = { roundTrips: 0, statements: 0 };
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    const parse = clientParser(totals);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk) => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    reset() {
      totals.roundTrips = 0;
      totals.statements = 0;
    },
    counts: () => ({ ...totals }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

module.exports = { startWireCounter };
