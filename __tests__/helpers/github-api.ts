/**
 * A small local emulator of the GitHub REST endpoints the action uses, speaking GitHub's documented
 * formats: issue comments (list with Link pagination, create, update, delete) and pull request files.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export class GitHubApi {
  comments: Comment[] = [];
  files: Array<{ filename: string; status: string }> = [];
  requests: string[] = [];
  /** Answer writes with 403, as GitHub does for a fork's read-only token. */
  readOnly = false;
  /** Fail this many requests with 502 before answering normally. */
  failures = 0;
  private server?: Server;
  private nextId = 1000;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body === undefined ? '' : JSON.stringify(body));
      });
    });
    await new Promise<void>((ready) => this.server!.listen(0, '127.0.0.1', ready));
    return this;
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }

  addComment(body: string, user: Comment['user'] = { login: 'someone', type: 'User' }): Comment {
    const comment = { id: this.nextId++, body, user };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url!, this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    if (!/^(token|Bearer) \S+/.test(req.headers.authorization ?? '')) return { status: 401, body: { message: 'Requires authentication' } };
    if (this.failures > 0) {
      this.failures--;
      return { status: 502, body: { message: 'Server Error' } };
    }
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      if (req.method === 'GET') return this.page(url, this.comments);
      if (req.method === 'POST') {
        if (this.readOnly) return forbidden;
        return { status: 201, body: this.addComment(payload.body, { login: 'github-actions[bot]', type: 'Bot' }) };
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      if (this.readOnly) return forbidden;
      if (req.method === 'PATCH') {
        comment.body = payload.body;
        return { status: 200, body: comment };
      }
      if (req.method === 'DELETE') {
        this.comments = this.comments.filter((c) => c !== comment);
        return { status: 204 };
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname) && req.method === 'GET') return this.page(url, this.files);
    return { status: 404, body: { message: 'Not Found' } };
  }

  private page<T>(url: URL, items: T[]) {
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const page = Number(url.searchParams.get('page') ?? '1');
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
  }
}
