// The invitation scenario through the typescript-fetch client generated from api.yaml,
// on Node's built-in fetch (HTTPS trust comes from NODE_EXTRA_CA_CERTS).
//
// usage: node dist/scenario.js BASE_URL ADMIN_PASSWORD BOB_PASSWORD
// Admin authenticates with an access token in X-Auth-Token (the apiKey scheme), bob with
// Basic. Exits non-zero on any unexpected answer.
import {
  Configuration,
  HTTPHeaders,
  ModelError,
  ModelErrorFromJSON,
  ResponseError,
  UserApi,
} from "onezone-client";

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

// The client's own error for a call expected to fail, with the status and the body read
// through the generated model (`Error` in api.yaml, renamed ModelError by the generator).
async function failure(call: Promise<unknown>, what: string): Promise<{ status: number; body: ModelError }> {
  try {
    await call;
  } catch (e) {
    check(e instanceof ResponseError, `${what}: expected a ResponseError, got ${e}`);
    const contentType = e.response.headers.get("content-type") ?? "";
    check(contentType.startsWith("application/json"), `${what}: content-type ${contentType}`);
    return { status: e.response.status, body: ModelErrorFromJSON(await e.response.json()) };
  }
  throw new Error(`${what} succeeded; it must fail`);
}

// Records the credential headers each request carries, to prove which scheme was used.
function recordHeaders(seen: HTTPHeaders[]) {
  return {
    pre: async (context: { init: RequestInit }) => {
      seen.push({ ...(context.init.headers as HTTPHeaders) });
    },
  };
}

async function main(baseUrl: string, adminPassword: string, bobPassword: string) {
  // Basic alone: with Basic and an apiKey together the client sends both.
  const adminBasic = new UserApi(
    new Configuration({ basePath: baseUrl, username: "admin", password: adminPassword }),
  );
  const issued = await adminBasic.createUserClientTokenRaw();
  check(issued.raw.status === 201, `create access token: ${issued.raw.status}`);
  const adminToken = await issued.value();
  check(adminToken.token.startsWith("MDAx"), `access token ${adminToken.token}`);

  // apiKey alone: the generator puts this value into X-Auth-Token and macaroon, which the
  // server accepts because both carry the same token.
  const adminHeaders: HTTPHeaders[] = [];
  const admin = new UserApi(
    new Configuration({
      basePath: baseUrl,
      apiKey: adminToken.token,
      middleware: [recordHeaders(adminHeaders)],
    }),
  );

  const created = await admin.createUserSpaceRaw({ spaceCreateRequest: { name: "From TypeScript" } });
  check(created.raw.status === 201, `create space: ${created.raw.status}`);
  const spaceId = (await created.value()).spaceId;
  await admin.setUserDefaultSpace({ defaultSpace: { spaceId } });
  const defaultSpace = await admin.getUserDefaultSpace();
  check(defaultSpace.spaceId === spaceId, `default space ${defaultSpace.spaceId}, created ${spaceId}`);
  const invitation = await admin.getUserSpaceToken();
  check(invitation.token.startsWith("MDAx"), `invitation ${invitation.token}`);
  check(adminHeaders.length === 4, `admin made ${adminHeaders.length} requests, expected 4`);
  for (const headers of adminHeaders) {
    check(headers["X-Auth-Token"] === adminToken.token, "admin's request lacks X-Auth-Token");
    check(!("Authorization" in headers), "admin's request carries an Authorization header");
  }

  const bob = new UserApi(new Configuration({ basePath: baseUrl, username: "bob", password: bobPassword }));
  const joined = await bob.joinSpaceRaw({ spaceInviteToken: { token: invitation.token } });
  check(joined.raw.status === 201, `join: ${joined.raw.status}`);
  const joinedId = (await joined.value()).spaceId;
  check(joinedId === spaceId, `joined ${joinedId}, invited to ${spaceId}`);
  const bobSpaces = await bob.getUserSpaces();
  check(bobSpaces.spaces.includes(spaceId), `bob's spaces ${bobSpaces.spaces}`);

  const rejoin = await failure(bob.joinSpace({ spaceInviteToken: { token: invitation.token } }), "second join");
  check(rejoin.status === 409, `second join: ${rejoin.status}`);
  check(rejoin.body.error === "already_member", `second join: error ${rejoin.body.error}`);

  const bobIssued = await bob.createUserClientTokenRaw();
  check(bobIssued.raw.status === 201, `bob's access token: ${bobIssued.raw.status}`);
  const bobToken = await bobIssued.value();
  const listed = await bob.getUserClientTokens();
  check(listed.tokens.some((t) => t.tokenId === bobToken.tokenId), `${bobToken.tokenId} not listed`);
  const revoked = await bob.deleteUserClientTokenRaw({ id: bobToken.tokenId });
  check(revoked.raw.status === 204, `revoke: ${revoked.raw.status}`);
  const after = await bob.getUserClientTokens();
  check(!after.tokens.some((t) => t.tokenId === bobToken.tokenId), `${bobToken.tokenId} still listed`);

  const wrong = new UserApi(
    new Configuration({ basePath: baseUrl, username: "bob", password: `${bobPassword}-wrong` }),
  );
  const denied = await failure(wrong.getUserSpaces(), "wrong password");
  check(denied.status === 401, `wrong password: ${denied.status}`);
  check(denied.body.error === "invalid_credentials", `wrong password: error ${denied.body.error}`);
  check(denied.body.errorDescription.length > 0, "wrong password: empty error_description");

  // Admin's access token, revoked, no longer works through X-Auth-Token.
  await admin.deleteUserClientToken({ id: adminToken.tokenId });
  const stale = await failure(admin.getUserSpaces(), "revoked access token");
  check(stale.status === 401, `revoked access token: ${stale.status}`);

  console.log(
    `typescript client scenario passed: bob joined ${spaceId} (admin via X-Auth-Token, bob via Basic), ` +
      `409 on rejoin, access token ${bobToken.tokenId} created, listed and revoked, ` +
      `401 ${denied.body.error} read through ModelError`,
  );
}

const [baseUrl, adminPassword, bobPassword] = process.argv.slice(2);
if (!baseUrl || !adminPassword || !bobPassword) {
  console.error("usage: node dist/scenario.js BASE_URL ADMIN_PASSWORD BOB_PASSWORD");
  process.exit(2);
}
main(baseUrl, adminPassword, bobPassword).catch(async (e) => {
  // Say what the server answered, or why no answer came (e.g. an untrusted certificate).
  let detail = "";
  if (e instanceof ResponseError) {
    detail = `\n${e.response.status} ${e.response.url}: ${await e.response.text()}`;
  } else {
    for (let cause = e?.cause; cause; cause = cause.cause) detail += `\ncaused by: ${cause}`;
  }
  console.error(`typescript client scenario FAILED: ${e instanceof Error ? e.stack : e}${detail}`);
  process.exit(1);
});
