// The invitation scenario through the Java client generated from api.yaml (openapi-generator
// `java`, library `native`: java.net.http and Jackson). Both users authenticate with Basic.
// Exits non-zero on any unexpected answer.
//
// usage: InvitationScenario BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import onezone.client.ApiClient;
import onezone.client.ApiException;
import onezone.client.ApiResponse;
import onezone.client.api.UserApi;
import onezone.client.model.ClientToken;
import onezone.client.model.ClientTokenInfo;
import onezone.client.model.ClientTokens;
import onezone.client.model.DefaultSpace;
import onezone.client.model.Error;
import onezone.client.model.SpaceCreateRequest;
import onezone.client.model.SpaceInviteToken;
import onezone.client.model.SpaceReference;

public class InvitationScenario {
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new Failed(message);
    }
  }

  static void status(String what, ApiResponse<?> response, int expected) {
    check(response.getStatusCode() == expected,
        what + ": status " + response.getStatusCode() + ", expected " + expected);
  }

  interface Call {
    void run() throws ApiException;
  }

  /** Expects the generated ApiException with this status; returns its body as the Error model. */
  static Error refused(String what, ApiClient client, int expected, Call call) throws Exception {
    try {
      call.run();
    } catch (ApiException e) {
      check(e.getCode() == expected, what + ": status " + e.getCode() + ", expected " + expected
          + ": " + e.getResponseBody());
      String type = e.getResponseHeaders().firstValue("Content-Type").orElse("");
      check(type.startsWith("application/json"), what + ": Content-Type " + type);
      Error error = client.getObjectMapper().readValue(e.getResponseBody(), Error.class);
      check(error.getError() != null && !error.getError().isEmpty()
          && error.getErrorDescription() != null && !error.getErrorDescription().isEmpty(),
          what + ": the Error model has empty fields: " + error);
      return error;
    }
    throw new Failed(what + ": not refused");
  }

  /** Trusts exactly the server's certificate: a key store holding that one certificate. */
  static SSLContext trusting(Path caCert) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream pem = Files.newInputStream(caCert)) {
      store.setCertificateEntry("onezone-ca",
          CertificateFactory.getInstance("X.509").generateCertificate(pem));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /**
   * A client for one user. The native library has no authentication classes; the generated
   * ApiClient's request interceptor is its hook for headers on every request, so Basic goes
   * there (sent up front, not after a challenge). user == null: no credentials.
   */
  static ApiClient client(String baseUrl, SSLContext tls, String user, String password) {
    ApiClient client = new ApiClient();
    client.setHttpClientBuilder(HttpClient.newBuilder().sslContext(tls));
    client.updateBaseUri(baseUrl);
    if (user != null) {
      String basic = "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      client.setRequestInterceptor(request -> request.header("Authorization", basic));
    }
    return client;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: InvitationScenario BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD");
      System.exit(2);
    }
    try {
      run(args[0], trusting(Path.of(args[1])), args[2], args[3]);
    } catch (Failed | ApiException e) {
      System.err.println("java client scenario FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  static void run(String baseUrl, SSLContext tls, String adminPassword, String bobPassword)
      throws Exception {
    // A UserApi copies its client's settings when it is made: configure the client first.
    UserApi admin = new UserApi(client(baseUrl, tls, "admin", adminPassword));
    ApiClient bobClient = client(baseUrl, tls, "bob", bobPassword);
    UserApi bob = new UserApi(bobClient);

    ApiResponse<SpaceReference> created =
        admin.createUserSpaceWithHttpInfo(new SpaceCreateRequest().name("From Java"));
    status("admin creates a space", created, 201);
    String spaceId = created.getData().getSpaceId();
    status("admin sets the default space",
        admin.setUserDefaultSpaceWithHttpInfo(new DefaultSpace().spaceId(spaceId)), 204);
    ApiResponse<SpaceInviteToken> minted = admin.getUserSpaceTokenWithHttpInfo();
    status("admin mints an invitation", minted, 200);
    String invitation = minted.getData().getToken();
    check(invitation.startsWith("MDAx"), "the invitation is not a V1 macaroon: " + invitation);

    SpaceInviteToken join = new SpaceInviteToken().token(invitation);
    ApiResponse<SpaceReference> joined = bob.joinSpaceWithHttpInfo(join);
    status("bob joins", joined, 201);
    check(spaceId.equals(joined.getData().getSpaceId()),
        "bob joined " + joined.getData().getSpaceId() + ", the invitation was for " + spaceId);
    Error conflict = refused("bob joins again", bobClient, 409, () -> bob.joinSpace(join));
    check("already_member".equals(conflict.getError()),
        "bob joins again: error " + conflict.getError() + ", expected already_member");

    ApiResponse<ClientToken> token = bob.createUserClientTokenWithHttpInfo();
    status("bob creates an access token", token, 201);
    String tokenId = token.getData().getTokenId();
    check(listed(bob, tokenId), "bob's new token " + tokenId + " is not in his list");
    status("bob revokes his access token", bob.deleteUserClientTokenWithHttpInfo(tokenId), 204);
    check(!listed(bob, tokenId), "bob's revoked token " + tokenId + " is still in his list");
    ApiClient anonymous = client(baseUrl, tls, null, null);
    refused("a call with the revoked token", anonymous, 401, () -> new UserApi(anonymous)
        .getUserSpaces(Map.of("X-Auth-Token", token.getData().getToken())));

    ApiClient wrong = client(baseUrl, tls, "bob", bobPassword + "-wrong");
    Error denied = refused("a wrong password", wrong, 401, () -> new UserApi(wrong).getUserSpaces());
    check("invalid_credentials".equals(denied.getError()),
        "a wrong password: error " + denied.getError() + ", expected invalid_credentials");
    System.out.println("java client scenario passed: bob joined " + spaceId
        + "; Basic; 409 and 401 read as Error");
  }

  static boolean listed(UserApi api, String tokenId) throws ApiException {
    ApiResponse<ClientTokens> tokens = api.getUserClientTokensWithHttpInfo();
    status("bob lists his access tokens", tokens, 200);
    for (ClientTokenInfo info : tokens.getData().getTokens()) {
      if (tokenId.equals(info.getTokenId())) {
        return true;
      }
    }
    return false;
  }
}
