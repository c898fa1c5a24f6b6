// A pass-through in front of Prism that records every answer in which Prism reports a
// violation: an `sl-violations` header (violations Prism let through) or a problem+json
// answer Prism made itself (`--errors`: a response that broke api.yaml became a 500, an
// invalid request a 422 or 401, an unknown path a 404). Prism logs only a summary of some.
//
// usage: node watch.mjs PRISM_URL REPORT_FILE
// prints "watching http://127.0.0.1:PORT" once it listens; requests and answers pass unchanged.
import { appendFileSync } from "node:fs";
import http from "node:http";

const [prismUrl, reportFile] = process.argv.slice(2);
if (!prismUrl || !reportFile) {
  console.error("usage: node watch.mjs PRISM_URL REPORT_FILE");
  process.exit(2);
}
const prism = new URL(prismUrl);
let seen = 0;

const server = http.createServer((request, reply) => {
  seen += 1;
  const upstream = http.request(
    {
      host: prism.hostname,
      port: prism.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, host: prism.host },
    },
    (answer) => {
      const violations = answer.headers["sl-violations"];
      const problem = (answer.headers["content-type"] ?? "").startsWith("application/problem+json");
      const body = [];
      answer.on("data", (chunk) => body.push(chunk));
      answer.on("end", () => {
        if (violations || problem) {
          const line = `${request.method} ${request.url} -> ${answer.statusCode}` +
            (violations ? ` sl-violations: ${violations}` : "") +
            (problem ? ` Prism's answer: ${Buffer.concat(body).toString()}` : "");
          appendFileSync(reportFile, line + "\n");
        }
      });
      reply.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(reply);
    },
  );
  upstream.on("error", (e) => {
    appendFileSync(reportFile, `${request.method} ${request.url} -> Prism did not answer: ${e}\n`);
    reply.writeHead(502).end();
  });
  request.pipe(upstream);
});

server.listen(0, "127.0.0.1", () => {
  console.log(`watching http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => {
  console.log(`${seen} requests passed through`);
  server.close();
  process.exit(0);
});
