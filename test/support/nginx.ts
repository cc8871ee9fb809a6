/**
 * nginx (Debian's package) as the reverse proxy in front of several cchc servers, on loopback: its own prefix
 * folder, configuration, logs and temporary files, run in the foreground and stopped with the test. Each answer
 * says which server gave it (X-Upstream), so a test can tell the servers apart through the one address.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server.js';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  return spawnSync(NGINX, ['-v']).status === 0;
}

export interface RunningProxy {
  url: string;
  stop: () => Promise<void>;
}

/** A proxy dealing requests to `upstreams` in turn, passing a request on to the next one when a server is down. */
export async function startNginx(upstreams: string[]): Promise<RunningProxy> {
  const prefix = await mkdtemp(join(tmpdir(), 'cchc-nginx-'));
  const port = await freePort();
  const servers = upstreams.map((url) => `    server ${new URL(url).host} max_fails=1 fail_timeout=60s;`).join('\n');
  await writeFile(
    join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 60m;
  upstream cchc {
${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://cchc;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  let log = '';
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error(`nginx did not answer in 10 s: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
