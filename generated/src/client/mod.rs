use async_trait::async_trait;
use bytes::Bytes;
use futures::{
    future, future::BoxFuture, future::FutureExt, future::TryFutureExt, stream, stream::StreamExt,
    Stream,
};
use http_body_util::{combinators::BoxBody, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{
    body::{Body, Incoming},
    service::Service,
    Request, Response, Uri,
};
use percent_encoding::{utf8_percent_encode, AsciiSet};
use std::borrow::Cow;
use std::convert::{Infallible, TryInto};
use std::error::Error;
use std::fmt;
use std::future::Future;
use std::io::{ErrorKind, Read};
use std::marker::PhantomData;
use std::path::Path;
use std::str;
use std::str::FromStr;
use std::string::ToString;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::{ApiError, AuthData, BodyExt, Connector, DropContextService, Has, XSpanIdString};
use tower_service::Service as _;
use url::form_urlencoded;

use crate::header;
use crate::models;

/// https://url.spec.whatwg.org/#fragment-percent-encode-set
#[allow(dead_code)]
const FRAGMENT_ENCODE_SET: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`');

/// This encode set is used for object IDs
///
/// Aside from the special characters defined in the `PATH_SEGMENT_ENCODE_SET`,
/// the vertical bar (|) is encoded.
#[allow(dead_code)]
const ID_ENCODE_SET: &AsciiSet = &FRAGMENT_ENCODE_SET.add(b'|');

use crate::{
    Api, CreateUserClientTokenResponse, CreateUserNamedTokenResponse, CreateUserSpaceResponse,
    CreateUserTemporaryTokenResponse, DeleteNamedTokenResponse, DeleteUserClientTokenResponse,
    ExamineTokenResponse, GetDocsResponse, GetHealthResponse, GetNamedTokenResponse,
    GetReadinessResponse, GetUserClientTokensResponse, GetUserDefaultSpaceResponse,
    GetUserSpaceResponse, GetUserSpaceTokenResponse, GetUserSpacesResponse, JoinSpaceResponse,
    ListUserNamedTokensResponse, RemoveUserSpaceResponse, SetUserDefaultSpaceResponse,
    UpdateNamedTokenResponse, VerifyInviteTokenResponse,
};

/// Convert input into a base path, e.g. "http://example:123". Also checks the scheme as it goes.
fn into_base_path(
    input: impl TryInto<Uri, Error = hyper::http::uri::InvalidUri>,
    correct_scheme: Option<&'static str>,
) -> Result<String, ClientInitError> {
    // First convert to Uri, since a base path is a subset of Uri.
    let uri = input.try_into()?;

    let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;

    // Check the scheme if necessary
    if let Some(correct_scheme) = correct_scheme {
        if scheme != correct_scheme {
            return Err(ClientInitError::InvalidScheme);
        }
    }

    let host = uri.host().ok_or(ClientInitError::MissingHost)?;
    let port = uri.port_u16().map(|x| format!(":{x}")).unwrap_or_default();
    Ok(format!(
        "{scheme}://{host}{port}{}",
        uri.path().trim_end_matches('/')
    ))
}

/// A client that implements the API by making HTTP calls out to a server.
pub struct Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    /// Inner service
    client_service: S,

    /// Base path of the API
    base_path: String,

    /// Marker
    marker: PhantomData<fn(C)>,
}

impl<S, C> fmt::Debug for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Client {{ base_path: {} }}", self.base_path)
    }
}

impl<S, C> Clone for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        Self {
            client_service: self.client_service.clone(),
            base_path: self.base_path.clone(),
            marker: PhantomData,
        }
    }
}

impl<Connector, C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<Connector, BoxBody<Bytes, Infallible>>,
            >,
            C,
        >,
        C,
    >
where
    Connector: hyper_util::client::legacy::connect::Connect + Clone + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    /// Create a client with a custom implementation of hyper::client::Connect.
    ///
    /// Intended for use with custom implementations of connect for e.g. protocol logging
    /// or similar functionality which requires wrapping the transport layer. When wrapping a TCP connection,
    /// this function should be used in conjunction with `swagger::Connector::builder()`.
    ///
    /// For ordinary tcp connections, prefer the use of `try_new_http`, `try_new_https`
    /// and `try_new_https_mutual`, to avoid introducing a dependency on the underlying transport layer.
    ///
    /// # Arguments
    ///
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    /// * `protocol` - Which protocol to use when constructing the request url, e.g. `Some("http")`
    /// * `connector` - Implementation of `hyper::client::Connect` to use for the client
    pub fn try_new_with_connector(
        base_path: &str,
        protocol: Option<&'static str>,
        connector: Connector,
    ) -> Result<Self, ClientInitError> {
        let client_service =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build(connector);
        let client_service = DropContextService::new(
            hyper_util::service::TowerToHyperService::new(client_service),
        );

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, protocol)?,
            marker: PhantomData,
        })
    }
}

#[cfg(all(
    feature = "client-tls",
    any(target_os = "macos", target_os = "windows", target_os = "ios")
))]
type HyperHttpsConnector =
    hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(
    feature = "client-tls",
    not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
type HyperHttpsConnector = hyper_openssl::client::legacy::HttpsConnector<
    hyper_util::client::legacy::connect::HttpConnector,
>;

#[derive(Debug, Clone)]
pub enum HyperClient {
    Http(
        hyper_util::client::legacy::Client<
            hyper_util::client::legacy::connect::HttpConnector,
            BoxBody<Bytes, Infallible>,
        >,
    ),
    #[cfg(feature = "client-tls")]
    Https(hyper_util::client::legacy::Client<HyperHttpsConnector, BoxBody<Bytes, Infallible>>),
}

impl Service<Request<BoxBody<Bytes, Infallible>>> for HyperClient {
    type Response = Response<Incoming>;
    type Error = hyper_util::client::legacy::Error;
    type Future = hyper_util::client::legacy::ResponseFuture;

    fn call(&self, req: Request<BoxBody<Bytes, Infallible>>) -> Self::Future {
        match self {
            HyperClient::Http(client) => client.request(req),
            #[cfg(feature = "client-tls")]
            HyperClient::Https(client) => client.request(req),
        }
    }
}

impl<C> Client<DropContextService<HyperClient, C>, C>
where
    C: Clone + Send + Sync + 'static,
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new(base_path: &str) -> Result<Self, ClientInitError> {
        let uri = Uri::from_str(base_path)?;

        let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;
        let scheme = scheme.to_ascii_lowercase();

        let connector = Connector::builder();

        let client_service = match scheme.as_str() {
            "http" => HyperClient::Http(
                hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                    .build(connector.build()),
            ),
            #[cfg(feature = "client-tls")]
            "https" => {
                let https_connector = connector
                    .https()
                    .build()
                    .map_err(ClientInitError::SslError)?;
                HyperClient::Https(
                    hyper_util::client::legacy::Client::builder(
                        hyper_util::rt::TokioExecutor::new(),
                    )
                    .build(https_connector),
                )
            }
            #[cfg(not(feature = "client-tls"))]
            "https" => {
                return Err(ClientInitError::TlsNotEnabled);
            }
            _ => {
                return Err(ClientInitError::InvalidScheme);
            }
        };

        let client_service = DropContextService::new(client_service);

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

impl<C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<
                    hyper_util::client::legacy::connect::HttpConnector,
                    BoxBody<Bytes, Infallible>,
                >,
            >,
            C,
        >,
        C,
    >
where
    C: Clone + Send + Sync + 'static,
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new_http(base_path: &str) -> Result<Self, ClientInitError> {
        let http_connector = Connector::builder().build();

        Self::try_new_with_connector(base_path, Some("http"), http_connector)
    }
}

#[cfg(all(
    feature = "client-tls",
    any(target_os = "macos", target_os = "windows", target_os = "ios")
))]
type HttpsConnector = hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(
    feature = "client-tls",
    not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
type HttpsConnector = hyper_openssl::client::legacy::HttpsConnector<
    hyper_util::client::legacy::connect::HttpConnector,
>;

#[cfg(feature = "client-tls")]
impl<C>
    Client<
        DropContextService<
            hyper_util::service::TowerToHyperService<
                hyper_util::client::legacy::Client<HttpsConnector, BoxBody<Bytes, Infallible>>,
            >,
            C,
        >,
        C,
    >
where
    C: Clone + Send + Sync + 'static,
{
    /// Create a client with a TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError> {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using OpenSSL via swagger.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError> {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using a pinned certificate.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_pinned<CA>(
        base_path: &str,
        ca_certificate: CA,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a mutually authenticated TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    /// * `client_key` - Path to the client private key
    /// * `client_certificate` - Path to the client's public certificate associated with the private key
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_mutual<CA, K, D>(
        base_path: &str,
        ca_certificate: CA,
        client_key: K,
        client_certificate: D,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
        K: AsRef<Path>,
        D: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .client_authentication(client_key, client_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }
}

impl<S, C> Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static,
{
    /// Constructor for creating a `Client` by passing in a pre-made `hyper::service::Service` /
    /// `tower::Service`
    ///
    /// This allows adding custom wrappers around the underlying transport, for example for logging.
    pub fn try_new_with_client_service(
        client_service: S,
        base_path: &str,
    ) -> Result<Self, ClientInitError> {
        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

/// Error type failing to create a Client
#[derive(Debug)]
pub enum ClientInitError {
    /// Invalid URL Scheme
    InvalidScheme,

    /// Invalid URI
    InvalidUri(hyper::http::uri::InvalidUri),

    /// Missing Hostname
    MissingHost,

    /// HTTPS requested but TLS features not enabled
    TlsNotEnabled,

    /// SSL Connection Error
    #[cfg(all(
        feature = "client-tls",
        any(target_os = "macos", target_os = "windows", target_os = "ios")
    ))]
    SslError(native_tls::Error),

    /// SSL Connection Error
    #[cfg(all(
        feature = "client-tls",
        not(any(target_os = "macos", target_os = "windows", target_os = "ios"))
    ))]
    SslError(openssl::error::ErrorStack),
}

impl From<hyper::http::uri::InvalidUri> for ClientInitError {
    fn from(err: hyper::http::uri::InvalidUri) -> ClientInitError {
        ClientInitError::InvalidUri(err)
    }
}

impl fmt::Display for ClientInitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s: &dyn fmt::Debug = self;
        s.fmt(f)
    }
}

impl Error for ClientInitError {
    fn description(&self) -> &str {
        "Failed to produce a hyper client."
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

#[allow(dead_code)]
fn body_from_bytes(b: Vec<u8>) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(b)))
}

#[async_trait]
impl<S, C, B> Api<C> for Client<S, C>
where
    S: Service<(Request<BoxBody<Bytes, Infallible>>, C), Response = Response<B>>
        + Clone
        + Sync
        + Send
        + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Has<XSpanIdString> + Has<Option<AuthData>> + Clone + Send + Sync + 'static,
    B: hyper::body::Body + Send + 'static + Unpin,
    B::Data: Send,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    #[allow(clippy::vec_init_then_push)]
    async fn get_docs(&self, context: &C) -> Result<GetDocsResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/docs", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = body.to_string();

                Ok(GetDocsResponse::Ok(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetDocsResponse::NotFound(body))
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetDocsResponse::HeadersTooLarge(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_health(&self, context: &C) -> Result<GetHealthResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/health", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Health>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetHealthResponse::Ok(body))
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetHealthResponse::HeadersTooLarge(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_readiness(&self, context: &C) -> Result<GetReadinessResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/ready", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Readiness>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::Ok(body))
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::HeadersTooLarge(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetReadinessResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_user_client_token(
        &self,
        context: &C,
    ) -> Result<CreateUserClientTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/client_tokens", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ClientToken>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::Created {
                    body,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::Forbidden(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::LimitReached(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserClientTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_user_named_token(
        &self,
        param_named_token_create_request: models::NamedTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserNamedTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/tokens/named", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_named_token_create_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::NamedTokenCreated>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(CreateUserNamedTokenResponse::Created {
                    body,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::Conflict(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserNamedTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_user_space(
        &self,
        param_space_create_request: models::SpaceCreateRequest,
        context: &C,
    ) -> Result<CreateUserSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_space_create_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::SpaceReference>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::Created {
                    body,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::LimitReached(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn create_user_temporary_token(
        &self,
        param_temporary_token_create_request: models::TemporaryTokenCreateRequest,
        context: &C,
    ) -> Result<CreateUserTemporaryTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/tokens/temporary", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_temporary_token_create_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::TemporaryToken>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::Created(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(CreateUserTemporaryTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn examine_token(
        &self,
        param_token_to_examine: models::TokenToExamine,
        context: &C,
    ) -> Result<ExamineTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/tokens/examine", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_token_to_examine)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::TokenExamination>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::BadRequest(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ExamineTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_user_client_tokens(
        &self,
        context: &C,
    ) -> Result<GetUserClientTokensResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/client_tokens", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ClientTokens>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserClientTokensResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_user_default_space(
        &self,
        context: &C,
    ) -> Result<GetUserDefaultSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces/default", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::DefaultSpace>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserDefaultSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_user_space_token(
        &self,
        context: &C,
    ) -> Result<GetUserSpaceTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces/token", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::SpaceInviteToken>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            403 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::Forbidden(body))
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_user_spaces(&self, context: &C) -> Result<GetUserSpacesResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::UserSpaces>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpacesResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn join_space(
        &self,
        param_space_invite_token: models::SpaceInviteToken,
        context: &C,
    ) -> Result<JoinSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces/join", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_space_invite_token)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_location =
                    match header.headers.get(HeaderName::from_static("location")) {
                        Some(response_location) => {
                            let response_location = response_location.clone();
                            let response_location =
                                match TryInto::<header::IntoHeaderValue<String>>::try_into(
                                    response_location,
                                ) {
                                    Ok(value) => value,
                                    Err(e) => {
                                        return Err(ApiError(format!(
                                        "Invalid response header Location for response 201 - {e}"
                                    )));
                                    }
                                };
                            response_location.0
                        }
                        None => {
                            return Err(ApiError(String::from(
                                "Required response header Location for response 201 was not found.",
                            )))
                        }
                    };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::SpaceReference>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::Created {
                    body,
                    location: response_location,
                })
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::Conflict(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(JoinSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn list_user_named_tokens(
        &self,
        context: &C,
    ) -> Result<ListUserNamedTokensResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/tokens/named", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::NamedTokenList>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(ListUserNamedTokensResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn set_user_default_space(
        &self,
        param_default_space: models::DefaultSpace,
        context: &C,
    ) -> Result<SetUserDefaultSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!("{}/api/v3/onezone/user/spaces/default", self.base_path);

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PUT")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body =
            serde_json::to_string(&param_default_space).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(SetUserDefaultSpaceResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(SetUserDefaultSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn verify_invite_token(
        &self,
        param_verify_invite_token_request: models::VerifyInviteTokenRequest,
        context: &C,
    ) -> Result<VerifyInviteTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/tokens/verify_invite_token",
            self.base_path
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_verify_invite_token_request)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body =
                    serde_json::from_str::<models::InviteTokenVerification>(body).map_err(|e| {
                        ApiError(format!("Response body did not match the schema: {e}"))
                    })?;

                Ok(VerifyInviteTokenResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(VerifyInviteTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_named_token(
        &self,
        param_id: String,
        context: &C,
    ) -> Result<DeleteNamedTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/tokens/named/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteNamedTokenResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteNamedTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn delete_user_client_token(
        &self,
        param_id: String,
        context: &C,
    ) -> Result<DeleteUserClientTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/user/client_tokens/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(DeleteUserClientTokenResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(DeleteUserClientTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_named_token(
        &self,
        param_id: String,
        context: &C,
    ) -> Result<GetNamedTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/tokens/named/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::NamedToken>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetNamedTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn get_user_space(
        &self,
        param_id: String,
        context: &C,
    ) -> Result<GetUserSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/user/spaces/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            200 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::UserSpace>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::Ok(body))
            }
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(GetUserSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn remove_user_space(
        &self,
        param_id: String,
        context: &C,
    ) -> Result<RemoveUserSpaceResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/user/spaces/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(RemoveUserSpaceResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::NotFound(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::PayloadTooLarge(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(RemoveUserSpaceResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn update_named_token(
        &self,
        param_id: String,
        param_named_token_update: models::NamedTokenUpdate,
        context: &C,
    ) -> Result<UpdateNamedTokenResponse, ApiError> {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v3/onezone/tokens/named/{id}",
            self.base_path,
            id = utf8_percent_encode(&param_id.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new()))
        {
            Ok(req) => req,
            Err(e) => return Err(ApiError(format!("Unable to create request: {e}"))),
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_named_token_update)
            .expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(
            HeaderName::from_static("x-span-id"),
            match header {
                Ok(h) => h,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Unable to create X-Span ID header value: {e}"
                    )))
                }
            },
        );

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(
                unreachable_patterns,
                clippy::single_match,
                clippy::match_single_binding
            )]
            match auth_data {
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("x-auth-token"), header);
                }
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => {
                            return Err(ApiError(format!(
                                "Unable to create Authorization header: {e}"
                            )))
                        }
                    };
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, header.0.encode());
                }
                AuthData::ApiKey(ref api_key) => {
                    let header = match HeaderValue::from_str(api_key.as_str()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create header: {e}"))),
                    };
                    request
                        .headers_mut()
                        .insert(HeaderName::from_static("macaroon"), header);
                }
                AuthData::Basic(ref basic_user, ref basic_password) => {
                    let auth =
                        headers::Authorization::basic(basic_user.as_str(), basic_password.as_str());
                    request
                        .headers_mut()
                        .insert(hyper::header::AUTHORIZATION, auth.0.encode());
                }
                _ => {}
            }
        }

        let response = client_service
            .call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}")))
            .await?;

        match response.status().as_u16() {
            204 => Ok(UpdateNamedTokenResponse::NoContent),
            400 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::BadRequest(body))
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_www_authenticate = match header
                    .headers
                    .get(HeaderName::from_static("www-authenticate"))
                {
                    Some(response_www_authenticate) => {
                        let response_www_authenticate = response_www_authenticate.clone();
                        let response_www_authenticate = match TryInto::<
                            header::IntoHeaderValue<String>,
                        >::try_into(
                            response_www_authenticate
                        ) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header WWW-Authenticate for response 401 - {e}")));
                            }
                        };
                        Some(response_www_authenticate.0)
                    }
                    None => None,
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::Unauthorized {
                    body,
                    www_authenticate: response_www_authenticate,
                })
            }
            404 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::NotFound(body))
            }
            409 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::Conflict(body))
            }
            408 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::RequestTimeout(body))
            }
            413 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::PayloadTooLarge(body))
            }
            415 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::UnsupportedMediaType(body))
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_retry_after = match header
                    .headers
                    .get(HeaderName::from_static("retry-after"))
                {
                    Some(response_retry_after) => {
                        let response_retry_after = response_retry_after.clone();
                        let response_retry_after =
                            match TryInto::<header::IntoHeaderValue<i32>>::try_into(
                                response_retry_after,
                            ) {
                                Ok(value) => value,
                                Err(e) => {
                                    return Err(ApiError(format!("Invalid response header Retry-After for response 429 - {e}")));
                                }
                            };
                        response_retry_after.0
                    }
                    None => {
                        return Err(ApiError(String::from(
                            "Required response header Retry-After for response 429 was not found.",
                        )))
                    }
                };

                let body = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::TooManyRequests {
                    body,
                    retry_after: response_retry_after,
                })
            }
            431 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::HeadersTooLarge(body))
            }
            500 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::InternalServerError(body))
            }
            503 => {
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec())
                    .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Error>(body).map_err(|e| {
                    ApiError(format!("Response body did not match the schema: {e}"))
                })?;

                Ok(UpdateNamedTokenResponse::ServiceUnavailable(body))
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!(
                    "Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!(
                            "<Failed to read body: {}>",
                            Into::<crate::ServiceError>::into(e)
                        ),
                    }
                )))
            }
        }
    }
}
