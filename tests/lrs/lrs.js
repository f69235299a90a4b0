#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// lrs.js PORT DIR — runs Learning Locker's xAPI statement service
// (xapi-statements) on 127.0.0.1:PORT with everything in memory: the
// statements and activities in the process (models "memory"), no Mongo
// for credentials (auth "test" takes any Basic credentials), no Redis for
// events (events "test"), attachments and access logs under DIR. The
// statements API is at http://127.0.0.1:PORT/xAPI/. Prints "ready" on
// standard output once it listens; ends on SIGTERM or when its standard
// input closes (so it never outlives the test that started it).
'use strict';
const path = require('path');
const [port, dir] = process.argv.slice(2);
if (!port || !dir) {
  console.error('usage: node lrs.js PORT DIR');
  process.exit(2);
}
Object.assign(process.env, {
  EXPRESS_PORT: port,
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: path.join(dir, 'storage'),
  EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'access-logs'),
  WINSTON_CONSOLE_LEVEL: 'warn',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  SERVICE_AWAIT_UPDATES: 'true',
});
// The service says it is listening with process.send when it has a
// parent on IPC; give it one that prints instead.
process.send = (m) => { if (m === 'ready') console.log('ready'); return true; };
// The service listens on every address; the test's LRS, which takes any
// credentials, listens on the loopback address only.
const http = require('http');
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (p, ...rest) {
  return listen.call(this, p, '127.0.0.1', ...rest.filter((a) => typeof a === 'function'));
};
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
require('xapi-statements/dist/server');
