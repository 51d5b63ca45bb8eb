// A development SMTP sink on 127.0.0.1: keeps every email it receives as a file under tmp/mail,
// so a developer can read what the portal would have sent. Never use it in production.
const fs = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const port = Number(process.env.SMTP_SINK_PORT || 2525);
const dir = path.join(__dirname, '..', 'tmp', 'mail');
fs.mkdirSync(dir, { recursive: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const file = path.join(dir, `${Date.now()}-${session.id}.eml`);
    stream.pipe(fs.createWriteStream(file)).on('finish', () => callback());
  },
});
server.listen(port, '127.0.0.1', () => console.log(`Development mail sink on smtp://127.0.0.1:${port}, writing to ${dir}`));
