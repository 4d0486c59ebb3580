/**
 * Preloaded (node -r) into third-party dev tools that try to reach the internet on their own
 * (electronegativity fetches translations and Electron's release list). Every DNS look-up and
 * outbound connection fails at once inside this process, so nothing leaves the machine and
 * nothing waits for a time-out.
 */
const dns = require('node:dns');
const net = require('node:net');

const refuse = (what) => {
  const err = new Error(`offline: ${what} blocked`);
  err.code = 'ENETUNREACH';
  return err;
};

dns.lookup = (hostname, options, callback) => {
  const cb = typeof options === 'function' ? options : callback;
  process.nextTick(() => cb(refuse(`lookup of ${hostname}`)));
};
dns.promises.lookup = async (hostname) => {
  throw refuse(`lookup of ${hostname}`);
};
net.Socket.prototype.connect = function connect() {
  process.nextTick(() => this.destroy(refuse('connection')));
  return this;
};
