// The invitation scenario through the Go client generated from api.yaml (openapi-generator
// `go`). Admin authenticates with X-Auth-Token (an access token it creates with Basic), bob
// with Basic. Exits non-zero on any unexpected answer.
//
// usage: go-scenario BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"

	onezone "onezone-tokens/clients/onezone"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "go client scenario FAILED: "+format+"\n", args...)
	os.Exit(1)
}

// must stops on a transport or API error, and on a status other than the expected one.
func must(what string, resp *http.Response, err error, status int) {
	if err != nil {
		var apiErr *onezone.GenericOpenAPIError
		if errors.As(err, &apiErr) {
			fail("%s: %v: %s", what, err, apiErr.Body())
		}
		fail("%s: %v", what, err)
	}
	if resp.StatusCode != status {
		fail("%s: status %d, expected %d", what, resp.StatusCode, status)
	}
}

// apiError expects the generated client's error type with the given status and returns
// the body as the generated Error model.
func apiError(what string, resp *http.Response, err error, status int) onezone.Error {
	var apiErr *onezone.GenericOpenAPIError
	if !errors.As(err, &apiErr) {
		fail("%s: expected the client's GenericOpenAPIError, got %T %v", what, err, err)
	}
	if resp == nil || resp.StatusCode != status {
		fail("%s: expected status %d, got %v", what, status, resp)
	}
	model, ok := apiErr.Model().(onezone.Error)
	if !ok {
		fail("%s: body not read as the Error model (%T): %s", what, apiErr.Model(), apiErr.Body())
	}
	if model.Error == "" || model.ErrorDescription == "" {
		fail("%s: Error model has empty fields: %+v", what, model)
	}
	return model
}

// newClient trusts exactly the given CA (no InsecureSkipVerify) for https base URLs.
func newClient(baseURL, caCert string) *onezone.UserAPIService {
	pem, err := os.ReadFile(caCert)
	if err != nil {
		fail("reading CA certificate: %v", err)
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(pem) {
		fail("no certificate in %s", caCert)
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.TLSClientConfig = &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}
	cfg := onezone.NewConfiguration()
	cfg.Servers = onezone.ServerConfigurations{{URL: baseURL}}
	cfg.HTTPClient = &http.Client{Transport: transport}
	return onezone.NewAPIClient(cfg).UserAPI
}

func basic(user, password string) context.Context {
	return context.WithValue(context.Background(), onezone.ContextBasicAuth,
		onezone.BasicAuth{UserName: user, Password: password})
}

// xAuthToken sends the token in X-Auth-Token only: the key "api_key" is that scheme's name.
func xAuthToken(token string) context.Context {
	return context.WithValue(context.Background(), onezone.ContextAPIKeys,
		map[string]onezone.APIKey{"api_key": {Key: token}})
}

func main() {
	if len(os.Args) != 5 {
		fail("usage: %s BASE_URL CA_CERT ADMIN_PASSWORD BOB_PASSWORD", os.Args[0])
	}
	api := newClient(os.Args[1], os.Args[2])
	bob := basic("bob", os.Args[4])

	created, resp, err := api.CreateUserClientToken(basic("admin", os.Args[3])).Execute()
	must("admin creates an access token (Basic)", resp, err, 201)
	admin := xAuthToken(created.GetToken())

	const name = "From Go"
	space, resp, err := api.CreateUserSpace(admin).
		SpaceCreateRequest(*onezone.NewSpaceCreateRequest(name)).Execute()
	must("admin creates a space", resp, err, 201)
	spaceID := space.GetSpaceId()
	resp, err = api.SetUserDefaultSpace(admin).DefaultSpace(*onezone.NewDefaultSpace(spaceID)).Execute()
	must("admin sets the default space", resp, err, 204)
	invitation, resp, err := api.GetUserSpaceToken(admin).Execute()
	must("admin mints an invitation", resp, err, 200)
	if !strings.HasPrefix(invitation.GetToken(), "MDAx") {
		fail("the invitation is not a V1 macaroon: %q", invitation.GetToken())
	}

	join := *onezone.NewSpaceInviteToken(invitation.GetToken())
	joined, resp, err := api.JoinSpace(bob).SpaceInviteToken(join).Execute()
	must("bob joins", resp, err, 201)
	if joined.GetSpaceId() != spaceID {
		fail("bob joined %q, the invitation was for %q", joined.GetSpaceId(), spaceID)
	}
	_, resp, err = api.JoinSpace(bob).SpaceInviteToken(join).Execute()
	if conflict := apiError("bob joins again", resp, err, 409); conflict.Error != "already_member" {
		fail("bob joins again: error %q, expected already_member", conflict.Error)
	}

	token, resp, err := api.CreateUserClientToken(bob).Execute()
	must("bob creates an access token", resp, err, 201)
	listed := func() bool {
		tokens, resp, err := api.GetUserClientTokens(bob).Execute()
		must("bob lists his access tokens", resp, err, 200)
		for _, t := range tokens.GetTokens() {
			if t.GetTokenId() == token.GetTokenId() {
				return true
			}
		}
		return false
	}
	if !listed() {
		fail("bob's new token %s is not in his list", token.GetTokenId())
	}
	resp, err = api.DeleteUserClientToken(bob, token.GetTokenId()).Execute()
	must("bob revokes his access token", resp, err, 204)
	if listed() {
		fail("bob's revoked token %s is still in his list", token.GetTokenId())
	}
	_, resp, err = api.GetUserSpaces(xAuthToken(token.GetToken())).Execute()
	apiError("a call with the revoked token", resp, err, 401)

	_, resp, err = api.GetUserSpaces(basic("bob", os.Args[4]+"-wrong")).Execute()
	if denied := apiError("a wrong password", resp, err, 401); denied.Error != "invalid_credentials" {
		fail("a wrong password: error %q, expected invalid_credentials", denied.Error)
	}
	fmt.Printf("go client scenario passed: bob joined %s; X-Auth-Token and Basic; 409 and 401 read as Error\n", spaceID)
}
